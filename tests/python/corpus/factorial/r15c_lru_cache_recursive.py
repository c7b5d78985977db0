# functools.lru_cache on the plain helper, called from async tasks
import asyncio
from functools import lru_cache

@lru_cache(maxsize=None)
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

async def factorial(n, delay):
    await asyncio.sleep(delay)
    value = fact(n)
    print(f"{n}! = {value}  {fact.cache_info()}")
    return value

async def main():
    values = await asyncio.gather(factorial(10, 0.1), factorial(12, 0.2), factorial(5, 0.3))
    print(sum(values))

asyncio.run(main())
