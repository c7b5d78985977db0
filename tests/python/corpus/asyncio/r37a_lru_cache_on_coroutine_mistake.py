# functools.lru_cache on an async def caches the coroutine object, so the second await fails
import asyncio
import functools


@functools.lru_cache(maxsize=None)
async def load_user(uid):
    await asyncio.sleep(0.01)
    return {"id": uid, "name": f"user{uid}"}


async def main():
    print(await load_user(1))
    print(load_user.cache_info())
    print(await load_user(2))
    print(await load_user(1))


asyncio.run(main())
