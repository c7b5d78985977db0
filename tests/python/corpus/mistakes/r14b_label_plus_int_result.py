# Mistake: the worker's label and its random number added without str() (can only concatenate str).
import asyncio
import random

random.seed(3)


async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(0.1)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return label + result


async def do_something():
    for async_func in asyncio.as_completed((worker('A'), worker('B'))):
        result = await async_func
        print('do_something - result:', result)


asyncio.run(do_something())
