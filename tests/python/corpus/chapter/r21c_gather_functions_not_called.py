# gather given the worker function three times without calling it.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 1

async def main():
    results = await asyncio.gather(worker, worker, worker)
    print(results)

asyncio.run(main())
