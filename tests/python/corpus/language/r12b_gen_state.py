import inspect

def gen():
    print("  started")
    yield 1
    print("  resumed")
    yield 2
    print("  ending")

g = gen()
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(next(g))
print(list(g), inspect.getgeneratorstate(g))
print(next(g, None))
print(g.__name__, g.__qualname__, type(g).__name__)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])
import itertools
print(list(itertools.islice(fib(), 50, 52)))

def self_ref():
    yield next(me)
me = self_ref()
next(me)
