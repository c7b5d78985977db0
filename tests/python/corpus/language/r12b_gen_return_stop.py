def g1():
    yield 1
    return "done"

print(list(g1()))
it = g1()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)

def g2():
    yield 1
    raise StopIteration("oops")

try:
    list(g2())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))

def first(it):
    return next(iter(it))

def g3(data):
    for d in data:
        yield first(d)

print(list(g3([[1], [2, 3]])))
try:
    print(list(g3([[1], []])))
except RuntimeError as e:
    print("RuntimeError:", e)

def lines():
    return
    yield
print(list(lines()), type(lines()).__name__)
print(list(g3([[], [1]])))
