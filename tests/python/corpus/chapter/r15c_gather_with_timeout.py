# 34.6.1 with wait_for around the gather: too slow, caught as TimeoutError
import asyncio
import random

async def worker(delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'Worker {delay} - cancelled')
        raise
    return random.randint(1, 10)

async def do_something():
    try:
        results = await asyncio.wait_for(asyncio.gather(worker(0.1), worker(0.5)), timeout=0.25)
        print('results from calls:', results)
    except asyncio.TimeoutError:
        print('do_something - gave up after the timeout')

random.seed(0)
asyncio.run(do_something())
print('Main - Done')
