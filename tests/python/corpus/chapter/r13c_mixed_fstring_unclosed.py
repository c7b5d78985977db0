import asyncio

async def worker(label):
    await asyncio.sleep(0.02)
    return label * 2

async def do_something():
    result = await worker('A')
    print(f'do_something - result: {result')

asyncio.run(do_something())
