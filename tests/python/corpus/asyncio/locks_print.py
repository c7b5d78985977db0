# Printing asyncio's locks: CPython's <asyncio.locks.NAME object at 0x... [state]>
# (the address left out here, as it differs from run to run).
import asyncio

def show(o):
    text = repr(o)
    print(text.startswith(f'<asyncio.locks.{type(o).__name__} object at 0x'), text[text.index(' ['):])

async def main():
    lock, event, sem, cond = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(2), asyncio.Condition()
    for o in (lock, event, sem, cond, asyncio.BoundedSemaphore()):
        show(o)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    await waiter
    lock.release()
    await sem.acquire()
    show(sem)
    await sem.acquire()
    show(sem)
    sem.release(); sem.release()
    event.set()
    show(event)
    async with cond:
        show(cond)

    class MyLock(asyncio.Lock):
        pass
    print(repr(MyLock()).startswith('<__main__.main.<locals>.MyLock object at 0x'))

asyncio.run(main())
