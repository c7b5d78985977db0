# asyncio.Lock is not owned by a task: another task may release it; locked() and a waiter's view
import asyncio


async def holder(lock, events):
    await lock.acquire()
    events.append("holder acquired")
    await asyncio.sleep(1)


async def waiter(lock, events):
    async with lock:
        events.append("waiter got the lock")


async def main():
    lock = asyncio.Lock()
    events = []
    h = asyncio.create_task(holder(lock, events))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(lock, events))
    await asyncio.sleep(0.01)
    print("locked:", lock.locked(), events)
    lock.release()
    events.append("main released it")
    await w
    print(events)
    print("locked after waiter:", lock.locked())
    h.cancel()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
