# Mistake: functools.cache on an async function caches the coroutine object, which can be awaited only once
import asyncio
import functools

@functools.cache
async def load_user(uid):
    await asyncio.sleep(0.01)
    return {"id": uid, "name": f"user{uid}"}

async def main():
    print(await load_user(1))
    print(load_user.cache_info())
    try:
        print(await load_user(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("fix: cache the task, not the coroutine")
    cache = {}
    def load_user_task(uid):
        if uid not in cache:
            cache[uid] = asyncio.ensure_future(load_user.__wrapped__(uid))
        return cache[uid]
    a = await load_user_task(2)
    b = await load_user_task(2)
    print(a, a is b)

asyncio.run(main())
