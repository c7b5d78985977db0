# as_completed listing where worker() is called without the label argument.
import asyncio
import random

async def worker(label):
    await asyncio.sleep(0.1)
    return label + str(random.randint(1, 10))

async def do_something():
    for async_func in asyncio.as_completed((worker(), worker('B'))):
        print(await async_func)

asyncio.run(do_something())
