# A tiny calculator evaluating expressions with eval in a restricted namespace, and exec for definitions
import math

safe = {"__builtins__": {}, "sqrt": math.sqrt, "pi": math.pi, "abs": abs, "round": round}
for expr in ["2 + 3 * 4", "sqrt(16) + pi", "round(pi, 3)", "(1 + 2) ** 10 // 7", "abs(-2.5) * 2"]:
    print(f"{expr:<20} = {eval(expr, safe)}")
for bad in ["open('x')", "__import__('os')", "1 / 0", "2 +"]:
    try:
        print(eval(bad, safe))
    except Exception as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
ns = {}
exec("def sq(x):\n    return x * x\nresult = sq(7)", ns)
print(ns["result"], ns["sq"](3), sorted(k for k in ns if k != "__builtins__"))
print(eval("[i * i for i in range(n)]", {"n": 4}), eval("x + y", {"x": 1}, {"y": 2}))
code = compile("a * 2", "<calc>", "eval")
print(eval(code, {"a": 21}), code.co_filename)
eval("import os")
