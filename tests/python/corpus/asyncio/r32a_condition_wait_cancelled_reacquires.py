# Cancelling a task in Condition.wait(): it re-acquires the lock before CancelledError surfaces
import asyncio

async def main():
    cond = asyncio.Condition()

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("in except, lock held:", cond.locked())
                raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    async with cond:
        t.cancel()
        await asyncio.sleep(0.01)
        print("main holds lock; waiter done?", t.done())
    await asyncio.gather(t, return_exceptions=True)
    print("after: locked =", cond.locked(), "cancelled =", t.cancelled())

asyncio.run(main())
