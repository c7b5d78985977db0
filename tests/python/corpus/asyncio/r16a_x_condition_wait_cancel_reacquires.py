# A Condition.wait() cancelled still re-acquires the lock before the CancelledError leaves the block
import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print('cancelled, lock held again:', cond.locked())
            raise

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print('main holds the lock, task done?', t.done())
    await asyncio.gather(t, return_exceptions=True)
    print('after', cond.locked(), t.cancelled())

asyncio.run(main())
