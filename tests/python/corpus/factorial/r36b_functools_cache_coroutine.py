# I put @functools.cache on my async factorial to avoid recomputing... then asked for 5 twice.
import asyncio
import functools


@functools.cache
async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n <= 1 else n * await factorial(n - 1)


async def main():
    print("first 5! =", await factorial(5))
    print("cache info:", factorial.cache_info())
    print("second 5! =", await factorial(5))


asyncio.run(main())
