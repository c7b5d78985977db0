# Mistakes with Lock: releasing it when not held, and acquire/release by hand with try/finally
import asyncio

async def critical(lock, name):
    await lock.acquire()
    try:
        print(name, "in critical section; locked =", lock.locked())
        await asyncio.sleep(0.01)
    finally:
        lock.release()

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(critical(lock, "A"), critical(lock, "B"))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()
    asyncio.Semaphore(1).release()
    print("semaphore release without acquire is allowed")

asyncio.run(main())
