# functools.lru_cache with a maxsize: a hit makes its entry the most recent,
# a miss with the cache full evicts the least recently used (so it is computed
# again); maxsize=0 keeps nothing, a negative maxsize is 0; cache_info().
import functools

@functools.lru_cache(maxsize=2)
def square(n):
    print('computing', n)
    return n * n

for n in [1, 2, 1, 3, 2, 1, 1]:
    square(n)
print(square.cache_info())

@functools.lru_cache(maxsize=0)
def ident(n):
    return n
ident(1); ident(1)
print(ident.cache_info())

@functools.lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())

@functools.lru_cache(maxsize=-5)
def negative(n):
    return n
negative(1); negative(1)
print(negative.cache_info())

@functools.lru_cache(4)
def add(a, b=0):
    print('call', a, b)
    return a + b
add(1); add(1, b=0); add(a=1); add(1, 0); add(1); add(2); add(1)
print(add.cache_info())
