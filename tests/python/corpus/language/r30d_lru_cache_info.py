# lru_cache on a recursive function: cache_info, cache_clear, and the maxsize limit
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=2)
def slow_square(n):
    print("  computing", n)
    return n * n


@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
for n in [1, 2, 1, 3, 1, 2]:
    print(n, slow_square(n))
print(slow_square.cache_info())
print(ways(30), ways.cache_info().currsize)
print(fib.__wrapped__.__name__, slow_square.cache_parameters())
fib([1])
