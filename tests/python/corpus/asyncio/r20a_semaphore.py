# A Semaphore(2) limits workers: order of entering and leaving is deterministic by delays.
import asyncio


async def worker(sem, n):
    print('worker', n, 'waiting')
    async with sem:
        print('worker', n, 'working')
        await asyncio.sleep(0.1 * (n + 1))
    print('worker', n, 'done')


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem, n) for n in range(4)))
    print('locked at end:', sem.locked())


asyncio.run(main())
