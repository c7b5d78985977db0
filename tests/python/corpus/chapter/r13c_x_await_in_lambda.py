import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n * 2

async def do_something():
    double_all = lambda xs: [await worker(x) for x in xs]
    print(double_all([1, 2, 3]))

asyncio.run(do_something())
