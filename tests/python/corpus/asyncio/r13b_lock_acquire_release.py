import asyncio

async def holder(lock, name, hold):
    await lock.acquire()
    try:
        print(name, "acquired")
        await asyncio.sleep(hold)
    finally:
        lock.release()
        print(name, "released")

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(holder(lock, "A", 0.02), holder(lock, "B", 0.01), holder(lock, "C", 0))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock:
        print("in with:", lock.locked())
    print("after with:", lock.locked())

asyncio.run(main())
