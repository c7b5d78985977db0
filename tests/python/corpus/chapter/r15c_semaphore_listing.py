# the gather listing with six workers, only two allowed to sleep at a time
import asyncio
import random

async def worker(n, sem, log):
    async with sem:
        log.append(f'start {n}')
        await asyncio.sleep(0.1)
        log.append(f'end {n}')
        return random.randint(1, 10)

async def do_something():
    sem = asyncio.Semaphore(2)
    log = []
    results = await asyncio.gather(*(worker(n, sem, log) for n in range(6)))
    print('results from calls:', results)
    print(' | '.join(log))

random.seed(21)
asyncio.run(do_something())
