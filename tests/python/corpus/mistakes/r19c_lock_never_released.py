# Acquiring a lock without releasing it: the second worker waits forever
import asyncio

async def worker(name, lock):
    await lock.acquire()
    print(f"{name} has the lock")
    await asyncio.sleep(0.01)
    if name == "first":
        return
    lock.release()

async def main():
    lock = asyncio.Lock()
    try:
        await asyncio.wait_for(asyncio.gather(worker("first", lock), worker("second", lock)), 0.3)
    except asyncio.TimeoutError:
        print("deadlock: timed out; locked =", lock.locked())

asyncio.run(main())
