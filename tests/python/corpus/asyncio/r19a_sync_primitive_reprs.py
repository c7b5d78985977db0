# reprs of Lock, Event, Semaphore, Condition, Queue (addresses stripped), str(queue)
import asyncio
import re

def show(obj):
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(obj)))

async def main():
    lock, ev, sem = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(2)
    cond, q = asyncio.Condition(), asyncio.Queue(maxsize=3)
    for o in (lock, ev, sem, cond, q):
        show(o)
    await lock.acquire()
    waiters = [asyncio.create_task(lock.acquire()), asyncio.create_task(ev.wait()),
               asyncio.create_task(q.get())]
    await sem.acquire(); await sem.acquire()
    waiters.append(asyncio.create_task(sem.acquire()))
    await asyncio.sleep(0)
    for o in (lock, ev, sem, q):
        show(o)
    print(str(q))
    ev.set()
    q.put_nowait('item')
    lock.release()
    sem.release()
    await asyncio.gather(*waiters)
    for o in (lock, ev, sem, q):
        show(o)
    q.put_nowait(1); q.put_nowait(2)
    print(str(q))
    bq = asyncio.BoundedSemaphore(3)
    show(bq)
    print(str(asyncio.LifoQueue()), str(asyncio.PriorityQueue(5)))

asyncio.run(main())
