import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def do_something():
    list = await asyncio.gather(worker(1), worker(2))
    print('results:', list)
    copy = list(list)
    print(copy)

asyncio.run(do_something())
