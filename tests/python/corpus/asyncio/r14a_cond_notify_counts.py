# test_locks: Condition.notify(n) wakes n waiters in order; notify_all the rest
import asyncio

async def waiter(cond, i, log):
    async with cond:
        await cond.wait()
        log.append(i)

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(cond, i, log)) for i in range(6)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print('after notify(2):', log)
    async with cond:
        cond.notify()
    await asyncio.sleep(0)
    print('after notify():', log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print('after notify_all:', log)

asyncio.run(main())
