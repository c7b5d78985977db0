# 34.6.1 with one failing worker, gathered with return_exceptions=True
import asyncio
import random

async def worker(n):
    print(f'Worker {n} - will take some time')
    await asyncio.sleep(0.1)
    if n == 2:
        raise ConnectionError(f'worker {n} lost its connection')
    print(f'Worker {n} - Done it')
    return random.randint(1, 10)

async def do_something():
    results = await asyncio.gather(worker(1), worker(2), worker(3), return_exceptions=True)
    print('results from calls:', results)
    good = [r for r in results if not isinstance(r, BaseException)]
    print('good results:', good)

random.seed(5)
asyncio.run(do_something())
