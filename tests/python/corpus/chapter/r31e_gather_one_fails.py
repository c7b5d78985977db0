# one of my gathered workers raises; does gather give me the other results?
import asyncio
import random

random.seed(7)

async def worker(i):
    print('Worker', i, '- will take some time')
    await asyncio.sleep(0.02 * i)
    if i == 2:
        raise RuntimeError(f'worker {i} failed')
    return random.randint(1, 10)

async def do_something():
    try:
        results = await asyncio.gather(worker(1), worker(2), worker(3))
        print('results:', results)
    except RuntimeError as e:
        print('gather raised:', e)
    results = await asyncio.gather(worker(1), worker(2), worker(3),
                                   return_exceptions=True)
    print('with return_exceptions:', results)

asyncio.run(do_something())
