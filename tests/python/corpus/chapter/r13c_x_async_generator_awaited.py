import asyncio

async def worker(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def do_something():
    async for value in worker(3):
        print('value', value)
    result = await worker(2)
    print(result)

asyncio.run(do_something())
