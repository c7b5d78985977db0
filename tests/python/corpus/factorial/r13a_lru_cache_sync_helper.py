import asyncio
from functools import lru_cache

@lru_cache(maxsize=None)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.01 * n)
    return fact(n)

async def main():
    results = await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6, 7]])
    print(results)
    print(fact.cache_info())
    fact.cache_clear()
    print(fact.cache_info())

asyncio.run(main())
