# 34.6.2 with a timeout on as_completed: two results then a TimeoutError
import asyncio
import random

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label + str(random.randint(1, 10))

async def do_something():
    random.seed(9)
    try:
        for async_func in asyncio.as_completed(
                (worker('A', 0.1), worker('B', 0.8), worker('C', 0.2)), timeout=0.4):
            print('do_something - result:', await async_func)
    except asyncio.TimeoutError:
        print('do_something - timed out waiting for the rest')

asyncio.run(do_something())
