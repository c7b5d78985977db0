# The bracketed state part of Event, Lock, Semaphore and Condition reprs as they change
import asyncio

def state(obj):
    r = repr(obj)
    return type(obj).__name__ + " " + r[r.index("["):] if "[" in r else r

async def main():
    ev, lock, sem = asyncio.Event(), asyncio.Lock(), asyncio.Semaphore(2)
    print(state(ev), "|", state(lock), "|", state(sem))
    waiter = asyncio.create_task(ev.wait())
    await lock.acquire()
    await sem.acquire()
    await asyncio.sleep(0)
    print(state(ev), "|", state(lock), "|", state(sem))
    lw = asyncio.create_task(lock.acquire())
    await sem.acquire()
    sw = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(state(lock), "|", state(sem))
    ev.set()
    lock.release()
    sem.release()
    await asyncio.gather(waiter, lw, sw)
    print(state(ev), "|", state(lock), "|", state(sem))
    cond = asyncio.Condition()
    print(state(cond))

asyncio.run(main())
