# A cache of factorials in a dict shared by the tasks.
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
    print(await factorial(6))
    print(sorted(cache))
    print(await factorial(8), len(cache))

asyncio.run(main())
