# 34.6.1 with a Semaphore limiting the workers to two at a time
import asyncio

async def worker(sem, n):
    async with sem:
        print(f'Worker {n} - will take some time')
        await asyncio.sleep(0.2)
        print(f'Worker {n} - Done it')
        return n * n

async def do_something():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(worker(sem, n) for n in range(1, 6)))
    print('results from calls:', results)

asyncio.run(do_something())
