# test_sync.c: a_condition_wakes_notify_n_waiters_in_order_with_the_lock_held
#              a_condition_waiter_cancelled_takes_the_lock_again_before_it_raises
import asyncio

items = []


async def consumer(name, cond):
    async with cond:
        await cond.wait_for(lambda: items)
        print(f"{name} got {items.pop(0)}")


async def cancelled_waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print(f"cancelled, lock held: {cond.locked()}")
            raise


async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(consumer(n, cond)) for n in "ABC"]
    await asyncio.sleep(0)
    async with cond:
        items.extend([1, 2])
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0.1)
    async with cond:
        items.append(3)
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ts)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    try:
        cond.notify()
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    t = asyncio.create_task(cancelled_waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0.1)
        print("main releases")
    await asyncio.gather(t, return_exceptions=True)
    print(f"cancelled: {t.cancelled()}, locked: {cond.locked()}")


asyncio.run(main())
