# test_sync.c: a_lock_waiter_cancelled_after_being_woken_passes_the_wake_up_on
#              a_lock_waiter_cancelled_before_being_woken_is_skipped
import asyncio


async def waiter(name, lock):
    try:
        async with lock:
            print(f"{name} has the lock")
    except asyncio.CancelledError:
        print(f"{name} cancelled, locked: {lock.locked()}")
        raise


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print(f"RuntimeError: {e}")
    # Cancelled after being woken: B gets the lock.
    await lock.acquire()
    a = asyncio.create_task(waiter("A", lock))
    b = asyncio.create_task(waiter("B", lock))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    print(f"released, locked: {lock.locked()}")
    await asyncio.gather(a, b, return_exceptions=True)
    print(f"A cancelled: {a.cancelled()}, locked: {lock.locked()}")
    # Cancelled before being woken: skipped, the lock stays held.
    await lock.acquire()
    c = asyncio.create_task(waiter("C", lock))
    d = asyncio.create_task(waiter("D", lock))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    print(f"still locked: {lock.locked()}")
    lock.release()
    await asyncio.gather(c, d, return_exceptions=True)
    print(f"C cancelled: {c.cancelled()}, locked: {lock.locked()}")


asyncio.run(main())
