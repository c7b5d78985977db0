import asyncio, re

def clean(o):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(o))

async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    sem = asyncio.Semaphore(0)
    cond = asyncio.Condition()
    await lock.acquire()
    tasks = [asyncio.create_task(lock.acquire()) for _ in range(2)]
    tasks += [asyncio.create_task(ev.wait()) for _ in range(3)]
    tasks += [asyncio.create_task(sem.acquire())]
    async def cw():
        async with cond:
            await cond.wait()
    tasks += [asyncio.create_task(cw()) for _ in range(2)]
    await asyncio.sleep(0)
    for o in (lock, ev, sem, cond):
        print(clean(o))
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for o in (lock, ev, sem, cond):
        print(clean(o))

asyncio.run(main())
