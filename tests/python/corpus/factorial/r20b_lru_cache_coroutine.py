# Student decorates the async factorial with lru_cache; reusing the cached coroutine fails.
import asyncio, functools

@functools.lru_cache(maxsize=None)
async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def harness():
    print('first 4!:', await factorial(4))
    try:
        print('second 4!:', await factorial(4))
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(factorial.cache_info())
    try:
        print(await asyncio.gather(factorial(3), factorial(3)))
    except RuntimeError as e:
        print('gather RuntimeError:', e)

asyncio.run(harness())
