import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def do_something():
    numbers = [1, 2, 3]
    print('do_something - starting')
    for async_func in asyncio.as_completed(numbers):
        print('result:', await async_func)

asyncio.run(do_something())
