# instead of writing worker() three times I used a generator expression with a star
import asyncio
import random

random.seed(37)

async def worker(i):
    print(f'Worker {i} - will take some time')
    await asyncio.sleep(0.05 * (3 - i))
    result = random.randint(1, 10)
    print(f'Worker {i} - Done it')
    return result

async def do_something():
    results = await asyncio.gather(*(worker(i) for i in range(3)))
    print('results from calls:', results)
    print('total:', sum(results))

asyncio.run(do_something())
