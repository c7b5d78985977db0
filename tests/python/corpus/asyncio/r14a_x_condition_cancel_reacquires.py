# test_locks: a Condition waiter cancelled while waiting reacquires the lock before CancelledError leaves wait()
import asyncio

async def main():
    cond = asyncio.Condition()
    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('cancelled; lock held again:', cond.locked())
                raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print('main still holds the lock; task done:', t.done())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), cond.locked())

asyncio.run(main())
