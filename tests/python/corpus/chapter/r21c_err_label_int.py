# as_completed listing with numbers as labels: int + str TypeError.
import asyncio
import random

async def worker(label, d):
    await asyncio.sleep(d)
    return label + str(random.randint(1, 10))

async def do_something():
    random.seed(3)
    for async_func in asyncio.as_completed((worker('A', 0.1), worker(2, 0.2))):
        print('do_something - result:', await async_func)

asyncio.run(do_something())
