import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(worker, worker)
    print(results)

asyncio.run(do_something())
