# A calculator REPL core: compile once, eval with a namespace, exec statements, catch errors.
import math

SAFE = {name: getattr(math, name) for name in ("sqrt", "pi", "sin", "floor")}
SAFE["__builtins__"] = {"abs": abs, "round": round, "min": min, "max": max}
history = {}

def run(line):
    try:
        code = compile(line, "<calc>", "eval")
    except SyntaxError:
        code = compile(line, "<calc>", "exec")
        exec(code, SAFE, history)
        return None
    return eval(code, SAFE, history)

for line in ["r = 3", "round(pi * r ** 2, 2)", "area = floor(pi * r * r)", "area + 1",
             "max(r, area, 5)", "abs(-r) * 2"]:
    print(f"{line!r:28} -> {run(line)!r}")
print(sorted(history))
for bad in ["open('x')", "r +", "undefined_name * 2", "__import__('os')", "1 / 0"]:
    try:
        print(run(bad))
    except Exception as e:
        print(f"{bad!r:24} {type(e).__name__}: {e}")
g = {}
exec("import math as m\nvalue = m.factorial(5)", g)
print(g["value"], "m" in g, "__builtins__" in g)
def f():
    exec("inner = 42")
    return locals().get("inner")
print(f())
code = compile("x = 1\ny = 2", "<multi>", "exec")
print(code.co_filename, code.co_names, eval(compile("[i*i for i in range(4)]", "<e>", "eval")))
print(eval("x + y", {"x": 1}, {"y": 2}), eval("__name__", {"__name__": "fake"}))
exec("print('printed from exec', end='!\\n')")
try:
    compile("print('a')\n  print('b')", "<indent>", "exec")
except IndentationError as e:
    print("IndentationError:", e.msg, e.lineno)
eval("missing_thing")
