# I put lru_cache on the async factorial to speed it up
import asyncio
import functools

@functools.lru_cache(maxsize=None)
async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n <= 1 else n * await factorial(n - 1)

async def calculate_factorials(numbers):
    for n in numbers:
        print(n, await factorial(n))
    print(factorial.cache_info())

asyncio.run(calculate_factorials([3, 4, 5]))
