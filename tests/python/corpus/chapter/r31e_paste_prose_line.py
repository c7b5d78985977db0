# I pasted the gather listing and accidentally the sentence after it too
import asyncio
import random

async def worker():
    await asyncio.sleep(0.01)
    return random.randint(1, 10)

async def do_something():
    results = await asyncio.gather(worker(), worker(), worker())
    print('results from calls:', results)

In this program the do_something() function uses
asyncio.run(do_something())
