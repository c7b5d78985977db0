# Mistake: a decorator's argument list left open before the def.
import functools

@functools.lru_cache(maxsize=128
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
