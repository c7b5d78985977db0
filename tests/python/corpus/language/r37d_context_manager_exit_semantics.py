# __exit__ return values: suppressing some exceptions, re-raising others, and errors inside __exit__.
class Guard:
    def __init__(self, name, suppress=()):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} tb={tb is not None}")
        return exc_type is not None and issubclass(exc_type, self.suppress)

with Guard("clean"):
    print("body ok")
with Guard("eats ValueError", (ValueError,)):
    int("x")
print("continued")
with Guard("outer", (KeyError,)), Guard("inner"):
    {}["k"]
print("nested handled")
class BadExit:
    def __enter__(self): return 1
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit() as v:
        print("v =", v)
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
def f():
    with Guard("in function", (ZeroDivisionError,)):
        return 1 / 0
print("f returned", f())
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
with Guard("final", (KeyError,)):
    raise IndexError("not suppressed")
