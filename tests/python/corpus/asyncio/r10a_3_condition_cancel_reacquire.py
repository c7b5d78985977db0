import asyncio

async def waiter(cond, log):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            log.append(('cancelled, holds lock', cond.locked()))
            raise

async def main():
    cond = asyncio.Condition()
    log = []
    t = asyncio.create_task(waiter(cond, log))
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify()
    t.cancel()
    await asyncio.sleep(0)
    log.append(('main still holds', cond.locked()))
    cond.release()
    r = await asyncio.gather(t, return_exceptions=True)
    print(log, type(r[0]).__name__, cond.locked())

asyncio.run(main())
