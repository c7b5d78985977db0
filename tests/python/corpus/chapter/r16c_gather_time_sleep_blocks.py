# 34.6.1 with time.sleep in the worker: the three run one after another (timed)
import asyncio
import time

async def worker(n):
    print(f'Worker {n} - will take some time')
    time.sleep(0.3)
    print(f'Worker {n} - Done it')
    return n

async def do_something():
    start = time.perf_counter()
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    took = time.perf_counter() - start
    print('results from calls:', results)
    print('took at least 0.9s:', took >= 0.9)

asyncio.run(do_something())
