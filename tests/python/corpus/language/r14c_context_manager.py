# Context managers: a class with __enter__/__exit__, one from contextmanager, exceptions inside.
from contextlib import contextmanager

class Timer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is ZeroDivisionError

with Timer("a") as t:
    print("inside", t.name)
with Timer("b"):
    1 / 0
print("after b")

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("html"), tag("body") as b:
    print("content", b)
try:
    with tag("p"):
        raise KeyError("oops")
except KeyError as e:
    print("caught", e)
try:
    with Timer("c"):
        int("x")
except ValueError as e:
    print("ValueError:", e)
