# Context managers: a class that suppresses, contextlib.contextmanager, nesting and ExitStack.
from contextlib import contextmanager, ExitStack, suppress

class Ignore:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        print("enter", [t.__name__ for t in self.types])
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None)
        return et is not None and issubclass(et, self.types)

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with Ignore(KeyError, IndexError):
    [][1]
print("after 1")
with tag("a") as A, tag("b") as B:
    print(A, B)
with suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback", names)
try:
    with Ignore(KeyError), tag("c"):
        raise ValueError("boom")
except ValueError as e:
    print("ValueError", e)
