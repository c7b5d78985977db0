# Evaluating user expressions safely-ish: literal_eval, restricted eval and exec namespaces.
import ast

config_text = "{'debug': True, 'ports': [80, 443], 'ratio': 0.75, 'name': 'api', 'tags': ('a', 'b')}"
config = ast.literal_eval(config_text)
print(config["ports"], type(config["tags"]).__name__)
for src in ["1 + 2", "-5", "[1, 2][0]", "__import__('os')", "{1, 2}", "b'x'", "None"]:
    try:
        print(repr(src), "->", ast.literal_eval(src))
    except ValueError as e:
        print(repr(src), "-> ValueError:", str(e)[:40])
env = {"__builtins__": {}, "x": 3, "abs": abs}
print(eval("abs(x - 10) * 2", env))
try:
    eval("len([1])", env)
except NameError as e:
    print("NameError:", e)
ns = {}
exec("def area(r):\n    return 3 * r * r\nresult = area(2)", ns)
print(ns["result"], ns["area"](1), sorted(k for k in ns if k != "__builtins__"))
code = compile("a * b", "<formula>", "eval")
print(eval(code, {"a": 6, "b": 7}), code.co_names, code.co_filename)
local = {"y": 1}
exec("y += 1\nz = y * 10", {}, local)
print(local)
try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
tree = ast.parse("total = price * qty + 5")
print(type(tree.body[0]).__name__, [type(n).__name__ for n in ast.walk(tree.body[0].value)][:4])
print(ast.dump(ast.parse("x + 1", mode="eval").body))
eval("1 +* 2")
