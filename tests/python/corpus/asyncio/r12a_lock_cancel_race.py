# test_locks: test_cancel_race -- a cancelled waiter does not steal the lock
import asyncio

async def main():
    lock = asyncio.Lock()

    async def lockit(name, blocker):
        await lock.acquire()
        try:
            if blocker is not None:
                await blocker
        finally:
            lock.release()

    fa = asyncio.get_running_loop().create_future()
    ta = asyncio.create_task(lockit("A", fa))
    await asyncio.sleep(0)
    print("A holds:", lock.locked())
    tb = asyncio.create_task(lockit("B", None))
    await asyncio.sleep(0)
    print("waiters:", len(lock._waiters))
    tc = asyncio.create_task(lockit("C", None))
    await asyncio.sleep(0)
    print("waiters:", len(lock._waiters))
    fa.set_result(None)
    tb.cancel()
    print("B waiter cancelled:", lock._waiters[0].cancelled())
    await asyncio.sleep(0)
    print("locked:", lock.locked(), "ta done:", ta.done(), "tb cancelled:", tb.cancelled())
    await tc
    print("C done:", tc.done(), "locked:", lock.locked())

asyncio.run(main())
