# Mistake: putting functools.lru_cache on an async def caches the coroutine, so the second await fails.
import asyncio
import functools

@functools.lru_cache(maxsize=None)
async def get_user(uid):
    await asyncio.sleep(0.01)
    print("fetching user", uid)
    return {"id": uid}

async def main():
    print(await get_user(1))
    print(get_user.cache_info())
    print(await get_user(1))

asyncio.run(main())
