import asyncio
from functools import lru_cache

@lru_cache
async def load(key):
    await asyncio.sleep(0.01)
    return key.upper()

async def main():
    print(await load("a"))
    print(load.cache_info())
    print(await load("a"))

asyncio.run(main())
