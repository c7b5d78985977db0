# Mistake: random.randInt in camel case (module attribute suggestion).
import asyncio
import random

random.seed(1)


async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.05)
    result = random.randInt(1, 10)
    print('Worker - Done it')
    return result


async def do_something():
    results = await asyncio.gather(worker(), worker(), worker())
    print('results from calls:', results)


asyncio.run(do_something())
