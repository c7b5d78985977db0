import functools
from functools import reduce, partial, lru_cache, cache, cached_property, singledispatch

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)

int_from_bin = partial(int, base=2)
print(int_from_bin("1011"), int_from_bin.func.__name__, int_from_bin.keywords)
print(repr(partial(max, 1, key=abs)).replace("<built-in function max>", "max"))

@lru_cache(maxsize=2)
def slow_square(n):
    print(f"  computing {n}")
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info().currsize)

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().misses)

class Report:
    def __init__(self, rows):
        self.rows = rows
    @cached_property
    def total(self):
        print("  summing")
        return sum(self.rows)
r = Report([1, 2, 3])
print(r.total, r.total, "total" in vars(r))
del r.total
print(r.total)

@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(5), show([1, 2]), show("s"), show(True))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
slow_square([1])
