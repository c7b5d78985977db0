# Releasing a lock in finally even on the path where it was never acquired
import asyncio

async def update(lock, shared, fail):
    try:
        if fail:
            raise ValueError("bad update")
        await lock.acquire()
        shared.append(len(shared))
    finally:
        lock.release()

async def main():
    lock = asyncio.Lock()
    shared = []
    await update(lock, shared, False)
    print(shared)
    await update(lock, shared, True)

asyncio.run(main())
