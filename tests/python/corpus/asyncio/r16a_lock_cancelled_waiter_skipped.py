# A cancelled lock waiter is skipped; the next one gets the lock
import asyncio

async def want(name, lock, log):
    try:
        async with lock:
            log.append(name)
    except asyncio.CancelledError:
        log.append(name + ' cancelled')
        raise

async def main():
    lock = asyncio.Lock()
    log = []
    async with lock:
        a = asyncio.create_task(want('a', lock, log))
        b = asyncio.create_task(want('b', lock, log))
        c = asyncio.create_task(want('c', lock, log))
        await asyncio.sleep(0)
        b.cancel()
        await asyncio.sleep(0)
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(log)

asyncio.run(main())
