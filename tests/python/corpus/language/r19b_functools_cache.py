# functools: lru_cache fibonacci, partial, total_ordering, singledispatch, cached_property, wraps
from functools import (lru_cache, cache, partial, total_ordering, singledispatch,
                       cached_property, wraps, reduce)

@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
@cache  # coin change
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)
power = lambda base, exp: base ** exp
square = partial(power, exp=2)
print(square(12), partial(int, base=2)("1011"), square.func.__name__, square.keywords, square.args)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    __eq__ = lambda self, o: self.parts == o.parts
    __lt__ = lambda self, o: self.parts < o.parts
    __repr__ = lambda self: "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.2.0"), Version("2.0") > Version("1.99"))

@singledispatch
def describe(x):
    return f"thing {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
describe.register(list, lambda x: f"list of {len(x)}")
print(describe(3), describe([1, 2]), describe("s"), describe(True), describe(2.5))

class Circle:
    def __init__(self, r): self.r = r
    area = cached_property(lambda self: print("computing...") or round(3.14159 * self.r ** 2, 3))
c = Circle(2)
print(c.area, c.area, "area" in vars(c))

def logged(fn):
    @wraps(fn)
    def inner(*a, **k):
        print(f"call {fn.__name__}{a}")
        return fn(*a, **k)
    return inner
@logged
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
print(reduce(lambda a, b: a + b, []))
