# label + result where result is an int.
import asyncio
import random

random.seed(1)

async def worker(label):
    await asyncio.sleep(0.01)
    result = random.randint(1, 10)
    return label + result

async def do_something():
    for f in asyncio.as_completed([worker('A')]):
        print(await f)

asyncio.run(do_something())
