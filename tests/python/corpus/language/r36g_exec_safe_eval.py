# A "safe" calculator with eval and restricted __builtins__, as tutorials write it
import math

SAFE = {"__builtins__": {}, "sqrt": math.sqrt, "pi": math.pi, "abs": abs}
for expr in ["2 + 3 * 4", "sqrt(16) + abs(-2)", "round(pi, 2)", "len('abc')",
             "__import__('os').getcwd()", "open('/etc/passwd')", "pi * 2 > 6"]:
    try:
        print(f"{expr!r:30} = {eval(expr, SAFE)!r}")
    except Exception as e:
        print(f"{expr!r:30} ! {type(e).__name__}: {e}")

for builtins in [None, {"print": print}, {"len": len, "print": print}]:
    try:
        exec("print(len('four'))", {"__builtins__": builtins})
    except Exception as e:
        print(type(e).__name__, e)

for src in ["import os", "class A: pass", "def f(): return sum([1])\nf()"]:
    try:
        exec(src, {"__builtins__": {"print": print}})
    except Exception as e:
        print(repr(src), type(e).__name__, e)
print(len("the program's own builtins are untouched"))
