# Generators, closures and a counter factory.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

g = countdown(3)
print(next(g), next(g), list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

import itertools
print(list(itertools.islice(fib(), 12)))

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(5), c2())
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
def gen_with_send():
    total = 0
    while True:
        x = yield total
        total += x
s = gen_with_send(); next(s)
print(s.send(5), s.send(10))
