# reprs of Event, Condition, Semaphore and Lock show their state and waiters
import asyncio

def state(obj):
    return repr(obj).split(' [', 1)[1]

async def main():
    ev, cond, sem, lock = asyncio.Event(), asyncio.Condition(), asyncio.Semaphore(1), asyncio.Lock()
    await sem.acquire()
    await lock.acquire()
    async def cwait():
        async with cond:
            await cond.wait()
    ts = [asyncio.create_task(ev.wait()), asyncio.create_task(ev.wait()),
          asyncio.create_task(sem.acquire()), asyncio.create_task(lock.acquire()),
          asyncio.create_task(cwait())]
    await asyncio.sleep(0)
    for obj in (ev, cond, sem, lock):
        print(type(obj).__name__, state(obj))
    ev.set()
    print('Event', state(ev))
    for t in ts:
        t.cancel()
    await asyncio.sleep(0)
    print('Lock', state(lock), 'Semaphore', state(sem))

asyncio.run(main())
