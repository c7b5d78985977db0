from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x

for v in [1, 2, 1, 3, 1, 2]:
    square(v)
print(square.cache_info())

@cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)

print(ways(30), ways.cache_info())

@lru_cache
def tot(items):
    return sum(items)

print(tot((1, 2, 3)))
print(tot([1, 2, 3]))
