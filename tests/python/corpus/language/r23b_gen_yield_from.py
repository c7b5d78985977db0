def inner(tag):
    got = yield f"{tag}-1"
    print(f"  inner {tag} got {got!r}")
    yield f"{tag}-2"
    return f"{tag}-result"

def outer():
    r1 = yield from inner("a")
    print("  r1 =", r1)
    r2 = yield from inner("b")
    print("  r2 =", r2)
    yield from range(2)
    return [r1, r2]

g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))

def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, []]), 5], "ab"])))

def delegating():
    result = yield from inner("c")
    return result
d = delegating()
next(d)
next(d)
try:
    next(d)
except StopIteration as e:
    print("StopIteration value:", e.value)

def thrower():
    try:
        yield from inner("t")
    except KeyError as e:
        print("  outer caught", repr(e))
        yield "recovered"
t = thrower()
next(t)
print(t.throw(KeyError("boom")))
print(t.throw(ValueError, "fatal"))
