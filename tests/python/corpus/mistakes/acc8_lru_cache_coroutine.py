# functools.lru_cache on a coroutine function: the cached coroutine is awaited twice.
import asyncio
import functools

@functools.lru_cache
async def factorial(n):
    await asyncio.sleep(0)
    return 1 if n < 2 else n * await factorial(n - 1)

async def main():
    print(await factorial(3))
    print(await factorial(3))

asyncio.run(main())
