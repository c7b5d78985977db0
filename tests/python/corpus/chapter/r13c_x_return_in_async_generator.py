import asyncio

async def worker(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i
    return n

asyncio.run(worker(3))
