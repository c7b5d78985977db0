# notify(1) picks a waiter that is then cancelled before it runs; what the other waiter sees.
import asyncio

async def waiter(cond, name, log):
    async with cond:
        try:
            await cond.wait()
            log.append(name + ' woke')
        except asyncio.CancelledError:
            log.append(name + ' cancelled')
            raise

async def main():
    cond = asyncio.Condition()
    log = []
    a = asyncio.create_task(waiter(cond, 'A', log))
    b = asyncio.create_task(waiter(cond, 'B', log))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        a.cancel()
    for _ in range(5):
        await asyncio.sleep(0)
    print(log)
    print('b done:', b.done())
    async with cond:
        cond.notify_all()
    await asyncio.gather(a, b, return_exceptions=True)
    print(log)

asyncio.run(main())
