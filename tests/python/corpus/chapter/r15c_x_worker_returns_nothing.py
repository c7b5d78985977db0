# the gather listing with return forgotten: a list of None, then a TypeError
import asyncio
import random

async def worker():
    await asyncio.sleep(0.1)
    result = random.randint(1, 10)

async def do_something():
    results = await asyncio.gather(worker(), worker(), worker())
    print('results from calls:', results)
    print('total:', sum(results))

random.seed(1)
asyncio.run(do_something())
