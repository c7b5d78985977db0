# test_locks: SemaphoreTests.test_acquire -- value, locked(), and waiters' order
import asyncio

async def main():
    sem = asyncio.Semaphore(3)
    result = []
    print(await sem.acquire(), await sem.acquire(), sem.locked())

    async def c(n):
        await sem.acquire()
        result.append(n)
        return True

    ts = [asyncio.create_task(c(i)) for i in (1, 2, 3, 4)]
    await asyncio.sleep(0)
    print(result, sem.locked(), sem._value)
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print(result, sem._value)
    sem.release()
    sem.release()
    await asyncio.gather(*ts)
    print(result, sem.locked())

asyncio.run(main())
