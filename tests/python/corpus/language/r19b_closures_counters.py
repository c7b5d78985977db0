# Closures, nonlocal, counters, memoization by hand, and late-binding gotchas
def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count; count = start
    counter.reset = reset
    return counter

c1, c2 = make_counter(), make_counter(100, 10)
print(c1(), c1(), c2(), c1(), c2())
c1.reset()
print(c1(), c1.__name__, c1.__closure__ is not None, len(c1.__closure__))

buggy = [lambda x: x * i for i in range(4)]
fixed = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in buggy], [f(10) for f in fixed])

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)
print(stairs(90), len(stairs.cache), sorted(stairs.cache)[:5])


def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
g = "global"
read_global = lambda: g
def shadow():
    g = "local"
    return g, read_global()
print(shadow(), g)
def broken_counter():
    n = 0
    def inc():
        n += 1
        return n
    return inc
broken_counter()()
