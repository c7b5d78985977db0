import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    result = awiat worker()
    print('do_something - result:', result)

asyncio.run(do_something())
