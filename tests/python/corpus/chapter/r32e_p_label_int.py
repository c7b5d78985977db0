# passed numbers as labels: label + str(result) fails
import asyncio
import random

random.seed(3)

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(0.01)
    result = random.randint(1,10)
    print('Worker - Done it')
    return label + str(result)

async def do_something():
    for async_func in asyncio.as_completed((worker(1),)):
        result = await async_func
        print('do_something - result:', result)

asyncio.run(do_something())
