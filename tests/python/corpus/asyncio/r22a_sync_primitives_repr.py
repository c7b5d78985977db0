# repr() of the synchronization primitives, with addresses cut out.
import asyncio
import re

def show(obj):
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(obj)))

async def main():
    lock = asyncio.Lock()
    show(lock)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    await waiter
    lock.release()
    sem = asyncio.Semaphore(2)
    show(sem)
    await sem.acquire(); await sem.acquire()
    show(sem)
    ev = asyncio.Event()
    show(ev); ev.set(); show(ev)
    show(asyncio.Condition())
    show(asyncio.Barrier(3))
    show(asyncio.BoundedSemaphore())

asyncio.run(main())
