# An exception inside "async with lock" releases the lock; the next task gets it.
import asyncio

async def risky(lock, n):
    async with lock:
        print('task', n, 'holds the lock')
        await asyncio.sleep(0.01)
        if n == 1:
            raise ValueError(f'task {n} failed')
    return n

async def main():
    lock = asyncio.Lock()
    res = await asyncio.gather(*(risky(lock, i) for i in range(3)), return_exceptions=True)
    print(res)
    print('locked at the end:', lock.locked())

asyncio.run(main())
