import asyncio


async def try_acquire(sem, name, timeout):
    try:
        await asyncio.wait_for(sem.acquire(), timeout)
    except TimeoutError:
        print(f"{name}: gave up waiting")
        return False
    print(f"{name}: acquired")
    return True


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    ok = await try_acquire(sem, "first", 0.1)
    asyncio.get_running_loop().call_later(0.1, sem.release)
    ok2 = await try_acquire(sem, "second", 0.3)
    print(ok, ok2, sem.locked())


asyncio.run(main())
