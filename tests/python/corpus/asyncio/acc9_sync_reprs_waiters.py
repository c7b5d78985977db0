# The reprs of Lock, Event, Semaphore, BoundedSemaphore and Condition with and without waiters.
import asyncio, re

def r(x):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(x))

async def main():
    lock, ev = asyncio.Lock(), asyncio.Event()
    sem, bsem = asyncio.Semaphore(2), asyncio.BoundedSemaphore(1)
    cond = asyncio.Condition()
    for p in (lock, ev, sem, bsem, cond):
        print(r(p))
    await lock.acquire()
    await bsem.acquire()
    ts = [asyncio.create_task(lock.acquire()), asyncio.create_task(ev.wait()),
          asyncio.create_task(bsem.acquire()), asyncio.create_task(bsem.acquire())]
    async def cw():
        async with cond:
            await cond.wait()
    ts.append(asyncio.create_task(cw()))
    await asyncio.sleep(0)
    for p in (lock, ev, sem, bsem, cond):
        print(r(p))
    ev.set()
    for t in ts:
        t.cancel()
    await asyncio.sleep(0)
    for p in (lock, ev, sem, bsem, cond):
        print(r(p))

asyncio.run(main())
