# A context manager that swallows some errors, and ExitStack unwinding in reverse order.
from contextlib import ExitStack

class Ignore:
    def __init__(self, *kinds):
        self.kinds = kinds
    def __enter__(self):
        print("enter", [k.__name__ for k in self.kinds])
        return self
    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print("exit with", name, exc)
        self.caught = exc
        return exc_type is not None and issubclass(exc_type, self.kinds)

with Ignore(KeyError, ZeroDivisionError) as ig:
    {}["missing"]
print("after 1:", repr(ig.caught))
with Ignore(ValueError):
    print("no error here")
try:
    with Ignore(KeyError), Ignore(ValueError):
        int("x")
        print("not reached")
except ValueError:
    print("never")
print("after 2")

with ExitStack() as stack:
    for name in "abc":
        stack.callback(print, "closing", name)
    stack.enter_context(Ignore(IndexError))
    more = stack.pop_all()
print("stack done, moved callbacks still pending")
more.close()
with Ignore(TypeError):
    with Ignore(LookupError):
        [][1]
    len(5)
print("end")
with Ignore(OSError):
    1 / 0
