class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return isinstance(exc, KeyError)

with Resource("a") as r:
    print("using", r.name)

with Resource("b"):
    {}["missing"]
print("after b")

with Resource("c") as c, Resource("d") as d:
    print(c.name + d.name)

try:
    with Resource("e"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)

def f():
    with Resource("f"):
        return "returned"
print(f())

class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

with Resource("g"):
    raise ValueError("boom")
