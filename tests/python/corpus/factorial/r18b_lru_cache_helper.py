import asyncio
from functools import lru_cache

@lru_cache(maxsize=None)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.1)
    return fact(n)

async def main():
    print(await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6]]))
    print(fact.cache_info())
    print(fact(7), fact.cache_info().hits)
    fact.cache_clear()
    print(fact.cache_info())

asyncio.run(main())
