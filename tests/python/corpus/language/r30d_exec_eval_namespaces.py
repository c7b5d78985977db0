# eval and exec with explicit namespaces: a tiny calculator and dynamically defined functions
import math

safe = {"__builtins__": {}, "sqrt": math.sqrt, "pi": math.pi}
for expr in ["2 + 3 * 4", "sqrt(16) + pi", "2 ** 10", "(1 + 2) / 3"]:
    print(f"{expr:>14} = {eval(expr, safe)}")
ns = {}
exec("def double(x):\n    return 2 * x\nresult = double(21)", ns)
print(ns["result"], ns["double"](5), sorted(k for k in ns if k != "__builtins__"))
code = compile("total = sum(range(n))", "<calc>", "exec")
env = {"n": 10}
exec(code, env)
print(env["total"], code.co_filename, type(code).__name__)
x = 1
exec("x = 2")
print(x, eval("x + 1"), eval("[i * i for i in range(4)]"))
try:
    eval("open('f')", safe)
except NameError as e:
    print("NameError:", e)
eval("1 +")
