# pasted the gather call but only its first line
import asyncio
import random

async def worker():
    await asyncio.sleep(0.01)
    return random.randint(1, 10)

async def do_something():
    results = await asyncio.gather(worker(), worker(),
    print('results from calls:', results)

asyncio.run(do_something())
