def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

data = [1, [2, [3, 4], (5,)], [], 6]
print(list(flatten(data)))

def inner():
    x = yield "first"
    print("inner got", x)
    y = yield "second"
    print("inner got", y)
    return x + y

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer done"

g = outer()
print(next(g))
print(g.send(10))
print(g.send(32))
try:
    g.send(None)
except StopIteration as e:
    print("stopped", e.value)

def delegate_range():
    got = yield from range(3)
    yield got

print(list(delegate_range()))
