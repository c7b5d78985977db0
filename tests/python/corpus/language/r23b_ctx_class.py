class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} tb={tb is not None}")
        return self.swallow

with Resource("a") as r:
    print("using", r.name)

with Resource("b", swallow=True):
    raise ValueError("swallowed")
print("after b")

with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)

try:
    with Resource("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)

def early():
    with Resource("d"):
        return "returned"
print(early())

for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        print("body", n)

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with Resource("e") as (x, y):
    pass
