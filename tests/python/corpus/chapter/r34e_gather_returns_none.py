# forgot the return in the worker so gather gives a list of None
import asyncio
import random

random.seed(3)

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.01)
    result = random.randint(1, 10)
    print('Worker - Done it', result)

async def do_something():
    results = await asyncio.gather(worker(), worker(), worker())
    print('results from calls:', results)
    print('sum:', sum(results))

asyncio.run(do_something())
