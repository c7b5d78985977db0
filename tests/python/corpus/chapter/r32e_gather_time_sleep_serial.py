# swapped asyncio.sleep for time.sleep in the gather listing - timing compared
import asyncio
import random
import time

random.seed(7)

async def worker():
    print('Worker - will take some time')
    time.sleep(0.1)
    result = random.randint(1,10)
    print('Worker - Done it')
    return result

async def do_something():
    start = time.perf_counter()
    results = await asyncio.gather(worker(), worker(), worker())
    took = time.perf_counter() - start
    print('results from calls:', results)
    print('took at least 0.3 s (one after another):', took >= 0.3)

asyncio.run(do_something())
