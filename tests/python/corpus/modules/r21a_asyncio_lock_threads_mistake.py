# Mistake: holding a threading.Lock across an await blocks the whole loop
import asyncio, threading
lock = threading.Lock()
async def worker(name):
    if not lock.acquire(timeout=0.1):
        print(name, "could not get the lock (the holder is suspended on the same thread)")
        return
    try:
        await asyncio.sleep(0.3)
        print(name, "done")
    finally:
        lock.release()
async def main():
    await asyncio.gather(worker("first"), worker("second"))
asyncio.run(main())
