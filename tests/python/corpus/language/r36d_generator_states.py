# Watching a generator move through its states, and PEP 479's StopIteration rule.
import inspect

def counter(n):
    print("start")
    for i in range(n):
        received = yield i
        if received:
            print("got", received)
    return "done"

g = counter(2)
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(g.send("hi"))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, inspect.getgeneratorstate(g))
g2 = counter(3)
try:
    g2.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(g2.send(None))
g2.close()
print(inspect.getgeneratorstate(g2), list(g2))

def leaky():
    yield 1
    raise StopIteration("oops")

try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def outer():
    result = yield from counter(1)
    print("inner said", result)
    yield "after"

print(list(outer()))
gen = (x * x for x in range(3))
print(gen.__name__, inspect.isgenerator(gen), inspect.isgeneratorfunction(counter))
def cleanup():
    try:
        yield 1
    finally:
        print("cleanup ran")
c = cleanup()
next(c)
del c
print("end")
