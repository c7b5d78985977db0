# test_locks: the reprs of Lock, Event, Semaphore and Condition show their state
import asyncio, re

def show(o):
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(o)))

async def main():
    lock = asyncio.Lock()
    show(lock)
    await lock.acquire()
    show(lock)
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    await t
    lock.release()
    ev = asyncio.Event()
    show(ev)
    ev.set()
    show(ev)
    sem = asyncio.Semaphore(2)
    show(sem)
    await sem.acquire(); await sem.acquire()
    show(sem)
    show(asyncio.Condition())

asyncio.run(main())
