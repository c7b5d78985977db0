# 34.6.1 with random delays and ids: done lines in delay order, results in call order
import asyncio
import random

async def worker(ident):
    delay = random.choice([0.1, 0.3, 0.5, 0.7])
    print(f'Worker {ident} - will take {delay}s')
    await asyncio.sleep(delay)
    print(f'Worker {ident} - Done it')
    return ident, delay

async def do_something():
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    print('results from calls:', results)

random.seed(7)
asyncio.run(do_something())
