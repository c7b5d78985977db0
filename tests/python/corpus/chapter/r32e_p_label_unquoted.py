# wrote worker(A) instead of worker('A')
import asyncio
import random

async def worker(label):
    await asyncio.sleep(0.01)
    return label + str(random.randint(1, 10))

async def do_something():
    for async_func in asyncio.as_completed((worker(A),
                                           worker(B),
                                           worker(C))):
        result = await async_func
        print('do_something - result:', result)

asyncio.run(do_something())
