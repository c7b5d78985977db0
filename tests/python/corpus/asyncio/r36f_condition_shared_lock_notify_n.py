# A Condition built on an existing Lock; notify(2) wakes exactly two of the waiting workers.
import asyncio

async def waiter(cond, name, woken):
    async with cond:
        await cond.wait()
        woken.append(name)

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    woken = []
    tasks = [asyncio.create_task(waiter(cond, f"w{i}", woken)) for i in range(5)]
    await asyncio.sleep(0.01)
    async with lock:
        cond.notify(2)
    await asyncio.sleep(0.01)
    print("after notify(2):", woken)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("after notify_all:", woken)
    print("lock shared:", cond.locked() == lock.locked())

asyncio.run(main())
