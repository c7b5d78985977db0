# as_completed with a failing worker and no except at all
import asyncio

async def worker(label, delay):
    print('Worker - will take some time')
    await asyncio.sleep(delay)
    if label == 'A':
        return 1 / 0
    return label

async def do_something():
    for async_func in asyncio.as_completed((worker('A', 0.1), worker('B', 0.3))):
        result = await async_func
        print('do_something - result:', result)

asyncio.run(do_something())
