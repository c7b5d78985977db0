# gave gather a number by mistake along with a worker
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 1

async def do_something():
    results = await asyncio.gather(worker(), 3)
    print(results)

asyncio.run(do_something())
