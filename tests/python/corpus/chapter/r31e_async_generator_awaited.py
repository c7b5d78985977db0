# changed return to yield in the worker so it gives several results
import asyncio

async def worker():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i * 14

async def do_something():
    values = [v async for v in worker()]
    print('async for gave:', values)
    result = await worker()
    print('result:', result)

asyncio.run(do_something())
