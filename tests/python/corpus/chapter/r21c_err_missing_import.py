# The gather listing without 'import random'.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return random.randint(1, 10)

async def do_something():
    results = await asyncio.gather(worker(), worker(), worker())
    print('results from calls:', results)

asyncio.run(do_something())
