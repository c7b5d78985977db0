# I added a label parameter to worker but one call still passes nothing
import asyncio
import random

random.seed(1)

async def worker(label):
    await asyncio.sleep(0.01)
    return label + str(random.randint(1, 10))

async def do_something():
    for f in asyncio.as_completed([worker('A'), worker(), worker('C')]):
        print('result:', await f)

asyncio.run(do_something())
