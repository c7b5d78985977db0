# What __exit__ receives: exception type, value, traceback; suppressing selectively; nesting order
class Guard:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        line = tb.tb_lineno if tb else None
        print(f"exit {self.name}: {kind} {exc!r} line={line}")
        return exc_type is not None and issubclass(exc_type, self.swallow)

with Guard("outer", swallow=(KeyError,)), Guard("inner", swallow=(ZeroDivisionError,)) as g:
    print("body with", g.name)
    {}["missing"]
print("after first with")
with Guard("a", swallow=(ZeroDivisionError,)):
    1 / 0
with (
    Guard("p1"),
    Guard("p2", swallow=(Exception,)),
):
    raise ValueError("parenthesised managers")
with Guard("last"):
    int("not a number")
