# test_locks: ConditionTests.test_wait_cancel_contested -- the lock is re-acquired on cancel
import asyncio

async def main():
    cond = asyncio.Condition()

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cancelled; holding the lock again:", cond.locked())
                raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0)
    print("task done while main holds the lock:", t.done())
    cond.release()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    print("locked at end:", cond.locked())

asyncio.run(main())
