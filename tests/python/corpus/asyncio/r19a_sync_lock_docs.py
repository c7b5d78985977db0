# docs "Lock": async with lock, and acquire/release by hand
import asyncio

lock = asyncio.Lock()
shared = []

async def writer(name, delay):
    async with lock:
        print(name, "acquired; locked =", lock.locked())
        shared.append(name)
        await asyncio.sleep(delay)
        print(name, "releasing")

async def main():
    await asyncio.gather(writer('a', 0.2), writer('b', 0.1), writer('c', 0))
    print(shared, lock.locked())
    await lock.acquire()
    try:
        print("manual acquire:", lock.locked())
    finally:
        lock.release()
    print("after release:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
