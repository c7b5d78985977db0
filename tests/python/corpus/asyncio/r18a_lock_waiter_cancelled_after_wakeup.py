# a Lock waiter woken by release but cancelled before it runs: the next one gets it
import asyncio

async def user(lock, name, log):
    try:
        async with lock:
            log.append(name + ' has it')
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    b = asyncio.create_task(user(lock, 'B', log))
    c = asyncio.create_task(user(lock, 'C', log))
    await asyncio.sleep(0)
    lock.release()
    b.cancel()
    await asyncio.gather(b, c)
    print(log, 'locked at end:', lock.locked())
    cond = asyncio.Condition()
    async def cwait():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('cancelled in wait; lock held again:', cond.locked())
                raise
    t = asyncio.create_task(cwait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('condition locked after:', cond.locked())

asyncio.run(main())
