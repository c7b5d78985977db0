# asyncio.gahter for gather.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 1

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gahter(worker(), worker(), worker())
    print('results from calls:', results)

asyncio.run(do_something())
