# Importing by name with importlib and __import__, module attributes, and an import error
import importlib
import math as m
from math import pi as PI, tau

for name in ["math", "json", "collections.abc", "string"]:
    mod = importlib.import_module(name)
    print(name, mod.__name__, type(mod).__name__, hasattr(mod, "__file__") or "builtin")
print(m.sqrt(9), PI == m.pi, tau / PI, __import__("os").sep)
j = __import__("json")
print(j.dumps([1]), j is importlib.import_module("json"))
import sys
print("math" in sys.modules, sys.modules["math"] is m)
try:
    import not_a_real_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from math import square_root
except ImportError as e:
    print("ImportError:", e)
from collections import defaultdic
