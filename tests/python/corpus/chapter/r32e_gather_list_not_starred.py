# passed a list to gather without the star
import asyncio

async def worker(i):
    await asyncio.sleep(0.01)
    return i

async def do_something():
    coros = [worker(i) for i in range(3)]
    results = await asyncio.gather(coros)
    print('results from calls:', results)

asyncio.run(do_something())
