import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def do_something():
    results = asyncio.gather(worker(1), worker(2))
    for r in results:
        print('got', r)

asyncio.run(do_something())
