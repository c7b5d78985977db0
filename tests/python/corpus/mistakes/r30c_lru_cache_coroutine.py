# Caching an async function with lru_cache caches the coroutine object.
import asyncio
from functools import lru_cache

@lru_cache
async def fetch_user(uid):
    await asyncio.sleep(0.01)
    return {"id": uid}

async def main():
    print(await fetch_user(1))
    print(fetch_user.cache_info())
    print(await fetch_user(1))

asyncio.run(main())
