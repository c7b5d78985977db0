# Student puts functools.lru_cache on an async function: the cached coroutine can't be awaited twice.
import asyncio
from functools import lru_cache


@lru_cache(maxsize=None)
async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n <= 1 else n * await factorial(n - 1)


async def main():
    print(await factorial(5))
    print(factorial.cache_info())
    print(await factorial(6))
    print(await factorial(5))


asyncio.run(main())
