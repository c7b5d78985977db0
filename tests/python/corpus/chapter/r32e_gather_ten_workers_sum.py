# ten workers via a list comprehension, then sum and max of results
import asyncio
import random

random.seed(2024)

async def worker(i):
    await asyncio.sleep(0.1 * (i % 3 + 1))
    return random.randint(1, 10)

async def do_something():
    results = await asyncio.gather(*[worker(i) for i in range(10)])
    print('results from calls:', results)
    print('sum', sum(results), 'max', max(results), 'min', min(results))
    print('average', round(sum(results) / len(results), 2))

asyncio.run(do_something())
