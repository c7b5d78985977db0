# functools.lru_cache on a plain recursive helper, awaited for pacing only
import asyncio
from functools import lru_cache

@lru_cache(maxsize=None)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.1 * n)
    return fact(n)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)
    info = fact.cache_info()
    print(f'hits={info.hits} misses={info.misses} size={info.currsize}')

asyncio.run(calculate_factorials([5, 7, 3, 6]))
