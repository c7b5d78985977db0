# Condition.notify(n) wakes the n oldest waiters; notify without the lock is an error
import asyncio

async def waiter(name, cond, log):
    async with cond:
        await cond.wait()
        log.append(name)

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(i, cond, log)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print('after notify(2):', log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print('after notify_all:', log)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
