# Putting functools.lru_cache on an async function caches the coroutine object
import asyncio
import functools

@functools.lru_cache(maxsize=None)
async def expensive(n):
    await asyncio.sleep(0.01)
    return n * n

async def main():
    print(await expensive(4))
    print(expensive.cache_info())
    print(await expensive(4))

asyncio.run(main())
