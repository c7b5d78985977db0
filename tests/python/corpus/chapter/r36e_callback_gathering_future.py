# put my print_it callback on the gather itself instead of on one task
import asyncio
import random

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.1)
    return random.randint(1, 10)

def print_it(fut):
    print('print_it - all results:', fut.result())
    print('print_it - type:', type(fut).__name__)

async def do_something():
    g = asyncio.gather(worker(), worker(), worker())
    g.add_done_callback(print_it)
    results = await g
    print('do_something - results:', results, sum(results))

random.seed(11)
print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
