# closed the gather call with a square bracket
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 1

async def do_something():
    results = await asyncio.gather(worker(), worker(),
                                   worker()]
    print('results from calls:', results)

asyncio.run(do_something())
