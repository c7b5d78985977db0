# An async factorial that caches in a dict, reused across tasks.
import asyncio

cache = {0: 1}

async def factorial(n):
    if n in cache:
        return cache[n]
    await asyncio.sleep(0.01)
    value = n * await factorial(n - 1)
    cache[n] = value
    return value

async def main():
    print(await factorial(5))
    print(sorted(cache.items()))
    print(await asyncio.gather(factorial(7), factorial(6)))
    print(len(cache), max(cache))

asyncio.run(main())
