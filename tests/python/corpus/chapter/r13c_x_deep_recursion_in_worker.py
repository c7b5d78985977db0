import asyncio

def depth(n):
    return depth(n + 1) + 1

async def worker():
    await asyncio.sleep(0.01)
    return depth(0)

async def do_something():
    try:
        await worker()
    except RecursionError as e:
        print('caught:', e)
    await worker()

asyncio.run(do_something())
