# 34.6.2 with a dict from coroutine to label: as_completed runs the keys, the labels cannot be looked up
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label + str(int(delay * 10))

async def do_something():
    jobs = {worker('A', 0.3): 'A', worker('B', 0.1): 'B', worker('C', 0.2): 'C'}
    for async_func in asyncio.as_completed(jobs):
        result = await async_func
        print('do_something - result:', result, async_func in jobs)
    print(len(jobs), 'jobs')

asyncio.run(do_something())
