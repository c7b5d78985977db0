# print() whose item's __str__ fails (returns an int, raises): what CPython wrote before it (the items and separators) stays written
import sys


class Bad:
    def __str__(self):
        return 42


class Boom:
    def __str__(self):
        raise RuntimeError("cannot show")


for args in (("a", Bad()), ("x", "y", Boom()), (Boom(),)):
    try:
        print(*args, sep=" | ")
    except (TypeError, RuntimeError) as e:
        print()
        print(type(e).__name__, e)
try:
    print("to stderr", Bad(), file=sys.stderr)
except TypeError as e:
    print("stderr:", e)
print("total:", 3, Bad())
