# What add_argument returns: printing the Action objects and the parser itself
import argparse

p = argparse.ArgumentParser(prog="repr-demo", description="d")
print(p)
a1 = p.add_argument("--count", "-c", type=int, default=0, help="how many")
a2 = p.add_argument("--flag", action="store_true")
a3 = p.add_argument("items", nargs="*", choices=["x", "y"])
a4 = p.add_argument("--tag", action="append", metavar="T")
for a in (a1, a2, a3, a4):
    print(a)
print(type(a1).__name__, a1.option_strings, a1.dest, a1.required)
print(p._actions[0])
