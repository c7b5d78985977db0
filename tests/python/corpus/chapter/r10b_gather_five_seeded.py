# 34.6.1 with five workers and a seed so the numbers repeat.
import asyncio
import random

random.seed(34)

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.1)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return result

async def do_something():
    results = await asyncio.gather(*[worker() for _ in range(5)])
    print('results from calls:', results)
    print('sorted:', sorted(results))
    print('total:', sum(results), 'max:', max(results))

asyncio.run(do_something())
