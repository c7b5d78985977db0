import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n * 3

async def do_something():
    first, second = await asyncio.gather(worker(1), worker(2))
    print('two:', first, second)
    first, second = await asyncio.gather(worker(1), worker(2), worker(3))
    print('three?', first, second)

asyncio.run(do_something())
