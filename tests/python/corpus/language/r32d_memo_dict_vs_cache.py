# Memoization three ways: a dict in a closure, a mutable default argument and lru_cache, compared
import functools
import time


def memo(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memo
def fib1(n):
    return n if n < 2 else fib1(n - 1) + fib1(n - 2)


def fib2(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = fib2(n - 1) + fib2(n - 2)
    return _cache[n]


@functools.lru_cache(maxsize=4)
def fib3(n):
    return n if n < 2 else fib3(n - 1) + fib3(n - 2)


def fib_plain(n):
    return n if n < 2 else fib_plain(n - 1) + fib_plain(n - 2)


start = time.perf_counter()
results = [fib1(80), fib2(80), fib3(80)]
fast = time.perf_counter() - start
start = time.perf_counter()
fib_plain(20)
slow = time.perf_counter() - start
print(results, len(set(results)) == 1, len(fib1.cache), fib2.__defaults__[0][10], fib3.cache_info())
print(fast < 1, slow >= 0, fib3.cache_parameters())
print(fib1.__name__, fib3.__name__, fib1.__wrapped__ if hasattr(fib1, "__wrapped__") else "no __wrapped__")
