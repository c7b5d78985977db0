# calling the worker with a keyword it does not have
import asyncio

async def worker(label, delay=0.01):
    await asyncio.sleep(delay)
    return label

async def do_something():
    results = await asyncio.gather(worker('A'), worker('B', delay=0.02), worker('C', dealy=0.03))
    print(results)

asyncio.run(do_something())
