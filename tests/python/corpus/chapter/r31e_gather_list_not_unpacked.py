# I passed a list to gather instead of unpacking it with *
import asyncio

async def worker(x):
    await asyncio.sleep(0.01)
    return x * 2

async def do_something():
    jobs = [worker(i) for i in range(3)]
    results = await asyncio.gather(jobs)
    print(results)

asyncio.run(do_something())
