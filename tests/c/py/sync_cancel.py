# test_sync.c: waiters_cancelled_in_every_primitive_leave_it_as_cpython_does
import asyncio


async def sem_waiter(name, sem):
    try:
        async with sem:
            print(f"{name} in")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(f"{name} cancelled, locked: {sem.locked()}")
        raise


async def cond_waiter(name, cond):
    async with cond:
        try:
            await cond.wait()
            print(f"{name} notified")
        except asyncio.CancelledError:
            print(f"{name} cancelled, lock held: {cond.locked()}")
            raise


async def party(name, b):
    try:
        i = await b.wait()
        print(f"{name} passed with index {i}")
    except asyncio.CancelledError:
        print(f"{name} cancelled, waiting: {b.n_waiting}")
        raise


async def main():
    # Semaphore: a waiter cancelled before its turn is skipped.
    sem = asyncio.Semaphore(1)
    ts = [asyncio.create_task(sem_waiter(n, sem)) for n in "ABC"]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(f"locked: {sem.locked()}")
    # Condition: a notified waiter cancelled while it waits for the lock
    # still takes the lock before it raises; the next notified one follows.
    cond = asyncio.Condition()
    ts = [asyncio.create_task(cond_waiter(n, cond)) for n in "DE"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        await asyncio.sleep(0)
        ts[0].cancel()
        print("main still holds the lock")
    await asyncio.gather(*ts, return_exceptions=True)
    print(f"locked: {cond.locked()}")
    # Barrier: a party cancelled while it waits leaves the count.
    b = asyncio.Barrier(2)
    f = asyncio.create_task(party("F", b))
    await asyncio.sleep(0)
    print(f"waiting: {b.n_waiting}")
    f.cancel()
    await asyncio.gather(f, return_exceptions=True)
    print(f"waiting: {b.n_waiting}, broken: {b.broken}")
    g = asyncio.create_task(party("G", b))
    h = asyncio.create_task(party("H", b))
    await asyncio.gather(g, h)
    # Queue: a cancelled join and a cancelled putter that was never woken.
    q = asyncio.Queue(1)
    q.put_nowait(1)
    j = asyncio.create_task(q.join())
    p = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    j.cancel()
    p.cancel()
    await asyncio.gather(j, p, return_exceptions=True)
    print(f"join cancelled: {j.cancelled()}, put cancelled: {p.cancelled()}, size {q.qsize()}")
    print(q.get_nowait(), q.empty())


asyncio.run(main())
