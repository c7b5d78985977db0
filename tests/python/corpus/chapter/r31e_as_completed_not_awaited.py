# in the as_completed loop I printed async_func without awaiting it
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def do_something():
    count = 0
    for async_func in asyncio.as_completed([worker('A'), worker('B')]):
        print('got a', type(async_func).__name__)
        count += 1
    print('loop ran', count, 'times')

asyncio.run(do_something())
print('Main - Done')
