# Python 2 style print of the results line.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 5

async def main():
    results = await asyncio.gather(worker(), worker())
    print 'results from calls:', results

asyncio.run(main())
