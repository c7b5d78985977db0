# Measuring lru_cache: cache_info, typed caching, maxsize eviction and clearing.
from functools import lru_cache, cache

@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n

for n in [2, 3, 2, 4, 3, 2]:
    square(n)
print(square.cache_info())
print(square.cache_parameters())
square.cache_clear()
print(square.cache_info())

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)

@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)

print(ways(80), ways.cache_info())
print(square.__wrapped__(5), square.__name__)

@lru_cache
def total(items):
    return sum(items)

try:
    total([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(total((1, 2)), total.cache_info().misses)
