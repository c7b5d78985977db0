# Debug-printing asyncio primitives' reprs (addresses stripped) in different states
import asyncio
import re

def show(obj):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(obj)))

async def main():
    lock, event, sem = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(1)
    cond, bar, q = asyncio.Condition(), asyncio.Barrier(2), asyncio.Queue(maxsize=3)
    for o in (lock, event, sem, cond, bar, q):
        show(o)
    await lock.acquire()
    await sem.acquire()
    event.set()
    q.put_nowait("a")
    waiters = [asyncio.create_task(lock.acquire()), asyncio.create_task(sem.acquire()),
               asyncio.create_task(bar.wait())]
    await asyncio.sleep(0)
    for o in (lock, event, sem, bar, q):
        show(o)
    print(str(q))
    for w in waiters:
        w.cancel()
    await asyncio.sleep(0)
    show(lock)

asyncio.run(main())
