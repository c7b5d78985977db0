# forgot await in front of asyncio.gather and printed the result
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def do_something():
    results = asyncio.gather(worker(1), worker(2))
    print('results is a', type(results).__name__)
    print('done?', results.done())
    await asyncio.sleep(0.2)
    print('done now?', results.done(), results.result())

asyncio.run(do_something())
