# A generator that yields inside finally; closing it early fails.
import sys

def hook(u):
    print("unraisable:", type(u.exc_value).__name__, u.exc_value, file=sys.stderr)

sys.unraisablehook = hook

def lines():
    try:
        yield "first"
        yield "second"
    finally:
        yield "cleanup"

g = lines()
print(next(g))
g.close()
print("closed")
