def inner(label):
    got = []
    while True:
        x = yield f"{label} ready"
        if x is None:
            return got
        got.append(x)

def outer():
    results = []
    for label in ("a", "b"):
        r = yield from inner(label)
        print(f"inner {label} returned {r}")
        results.append(r)
    return results

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(None))
print(g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("outer returned", e.value)

def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, (4, 5)]], [], 6])))

def delegate():
    n = yield from range(3)
    print("range returned", n)
    yield from "hi"
print(list(delegate()))

def bad():
    yield from 42
list(bad())
