# lru_cache details: typed=True, maxsize eviction, cache_parameters, cache_clear and unhashable arguments.
from functools import lru_cache, cache

@lru_cache(maxsize=2)
def square(x):
    print(f"  computing {x!r}")
    return x * x

for v in [2, 3, 2, 4, 3, 2.0]:
    print(v, square(v))
print(square.cache_info(), square.cache_parameters())

@lru_cache(maxsize=None, typed=True)
def kind(x):
    print(f"  miss {x!r}")
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())
kind.cache_clear()
print(kind.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().currsize, fib.__wrapped__(10) if False else fib.__name__)
@lru_cache
def no_parens(x):
    return -x
print(no_parens(3), no_parens.cache_parameters())
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)
print(square([1, 2]))
