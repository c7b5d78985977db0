def leaf(name):
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        print(f"  leaf {name} finally")

def middle():
    try:
        yield from leaf("a")
        yield from leaf("b")
    except GeneratorExit:
        print("  middle got GeneratorExit")
        raise
    finally:
        print("  middle finally")

g = middle()
print(next(g), next(g), next(g), next(g))
g.close()
print("closed")

def ignore_throw():
    while True:
        try:
            yield "value"
        except ValueError:
            print("  ignoring ValueError")

def delegator():
    r = yield from ignore_throw()
    return r

d = delegator()
next(d)
print(d.throw(ValueError))
print(d.throw(ValueError("again")))
d.close()
print("d closed")

def returns_early():
    yield 1
    return "early"
def outer():
    got = yield from returns_early()
    print("  outer received", repr(got))
    yield got
print(list(outer()))
h = middle()
next(h)
h.throw(KeyError("propagates"))
