# I put @lru_cache on my async factorial to speed it up... the second await fails.
import asyncio
from functools import lru_cache


@lru_cache(maxsize=None)
async def factorial(n):
    await asyncio.sleep(0.01)
    if n <= 1:
        return 1
    return n * await factorial(n - 1)


async def main():
    print("5! =", await factorial(5))
    print(factorial.cache_info())
    print("6! =", await factorial(6))


asyncio.run(main())
