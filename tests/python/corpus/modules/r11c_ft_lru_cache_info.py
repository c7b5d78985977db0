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

for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)

@cache
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)

print(ways(30), ways.cache_info())

@lru_cache
def add(a, b=0):
    return a + b
add(1, 2); add(1, b=2); add(a=1, b=2); add(1.0, 2)
print(add.cache_info())
@lru_cache(typed=True)
def ident(x):
    return x
ident(1); ident(1.0); ident(True)
print(ident.cache_info())
try:
    add([1], 2)
except TypeError as e:
    print("TypeError:", e)
