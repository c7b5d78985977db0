# lru_cache on fib, then called with a list
import functools
@functools.lru_cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80))
print(fib.cache_info())
fib([1])
