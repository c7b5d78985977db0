# lru_cache with maxsize, typed=True, cache_info and cache_parameters, cache_clear
from functools import lru_cache

@lru_cache(maxsize=2, typed=True)
def square(x):
    print(f"  computing {x!r}")
    return x * x

for v in [2, 2, 2.0, 3, 2, 4]:
    print(v, "->", square(v))
print(square.cache_info())
print(square.cache_parameters())
square.cache_clear()
print(square.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib.__wrapped__(10) if False else fib.__name__, fib.__wrapped__.__name__)

@lru_cache(maxsize=None)
def join(*parts, sep="-"):
    return sep.join(parts)
print(join("a", "b"), join("a", "b", sep="+"), join.cache_info().currsize)
try:
    join(["unhashable"])
except TypeError as e:
    print("TypeError:", e)
