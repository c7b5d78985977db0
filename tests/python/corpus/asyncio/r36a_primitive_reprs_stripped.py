# The reprs of Lock, Event, Semaphore, Condition and Queue with their addresses cut out
import asyncio
import re


def show(obj):
    print(re.sub(r" at 0x[0-9a-fA-F]+", "", repr(obj)))


async def main():
    lock, event, sem = asyncio.Lock(), asyncio.Event(), asyncio.BoundedSemaphore(2)
    q = asyncio.Queue(maxsize=3)
    for obj in (lock, event, sem, q):
        show(obj)
    await lock.acquire()
    event.set()
    await sem.acquire()
    q.put_nowait("x")
    q.put_nowait("y")
    for obj in (lock, event, sem, q):
        show(obj)
    print(str(q))
    cond = asyncio.Condition(lock)
    show(cond)


asyncio.run(main())
