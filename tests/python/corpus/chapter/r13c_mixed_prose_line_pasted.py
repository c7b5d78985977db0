import asyncio
import random

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.1)
    result = random.randint(1,10)
    print('Worker - Done it')
    return result

In this program the do_something() function uses

async def do_something():
    results = await asyncio.gather(worker(), worker(), worker())
    print('results from calls:', results)

asyncio.run(do_something())
