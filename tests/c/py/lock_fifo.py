# test_sync.c: a_released_lock_goes_to_its_waiters_in_arrival_order
import asyncio


async def worker(name, lock):
    print(f"{name} wants the lock")
    async with lock:
        print(f"{name} has the lock at {asyncio.get_running_loop().time() - T0:.1f}")
        await asyncio.sleep(0.1)
        print(f"{name} releases")


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(n, lock) for n in "ABC"))
    print(f"locked: {lock.locked()}")


asyncio.run(main())
