# Semaphore(0): waiters block until release() is called, one per release, in order.
import asyncio

async def waiter(sem, n):
    await sem.acquire()
    print('waiter', n, 'acquired')

async def main():
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(waiter(sem, n)) for n in range(3)]
    await asyncio.sleep(0.01)
    for i in range(3):
        print('release', i)
        sem.release()
        await asyncio.sleep(0)
    await asyncio.gather(*ts)

asyncio.run(main())
