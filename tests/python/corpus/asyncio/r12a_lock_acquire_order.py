# test_locks: LockTests.test_acquire -- waiters get the lock in FIFO order
import asyncio

async def main():
    lock = asyncio.Lock()
    result = []
    print(await lock.acquire())

    async def c(n):
        if await lock.acquire():
            result.append(n)
        return True

    t1 = asyncio.create_task(c(1))
    t2 = asyncio.create_task(c(2))
    await asyncio.sleep(0)
    print(result)
    lock.release()
    await asyncio.sleep(0)
    print(result)
    t3 = asyncio.create_task(c(3))
    lock.release()
    await asyncio.sleep(0)
    print(result)
    lock.release()
    await asyncio.sleep(0)
    print(result)
    print(t1.done() and t1.result(), t2.done() and t2.result(), t3.done() and t3.result())
    print(lock.locked())

asyncio.run(main())
