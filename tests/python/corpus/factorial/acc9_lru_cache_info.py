# lru_cache on a recursive factorial: cache_info, cache_clear, typed, cache_parameters.
import asyncio
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

@lru_cache(maxsize=4, typed=True)
def square(x):
    return x * x

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return fact(n)

async def main():
    print(await asyncio.gather(*(worker(n) for n in (5, 10, 7))))
    print(fact.cache_info())
    fact(12)
    print(fact.cache_info(), fact.cache_parameters())
    fact.cache_clear()
    print(fact.cache_info())
    print(square(3), square(3.0), square(3), square.cache_info())
    print(fib(60), fib.cache_info(), fib.cache_parameters())
    print(fact.__wrapped__(5), fact.__name__, type(fact).__name__)

asyncio.run(main())
