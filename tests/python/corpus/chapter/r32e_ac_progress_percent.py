# progress in percent while as_completed hands back results
import asyncio
import random

random.seed(4)
delays = [0.1, 0.4, 0.2, 0.3]

async def worker(i, d):
    await asyncio.sleep(d)
    return i, random.random()

async def do_something():
    total = len(delays)
    for n, fut in enumerate(asyncio.as_completed([worker(i, d) for i, d in enumerate(delays)]), 1):
        i, value = await fut
        print(f'[{n / total:4.0%}] job {i} -> {value:.3f}')
    print('done')

asyncio.run(do_something())
