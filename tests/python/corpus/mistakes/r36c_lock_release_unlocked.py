# releasing the lock in finally even when the acquire never happened
import asyncio

lock = asyncio.Lock()

async def update(store, key, fail):
    try:
        if fail:
            raise KeyError(key)
        await lock.acquire()
        store[key] = store.get(key, 0) + 1
    finally:
        lock.release()

async def main():
    store = {}
    await update(store, "x", False)
    print(store)
    await update(store, "y", True)

asyncio.run(main())
