# A task waiting on a Lock is cancelled; the lock still passes to the next waiter in order
import asyncio


async def use(lock, name, hold):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(hold)
    print(name, "released")


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(use(lock, "a", 0.05))
    b = asyncio.create_task(use(lock, "b", 0.01))
    c = asyncio.create_task(use(lock, "c", 0.01))
    await asyncio.sleep(0.01)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("b cancelled:", b.cancelled(), "locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
