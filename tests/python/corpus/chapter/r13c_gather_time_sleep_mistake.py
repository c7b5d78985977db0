# time.sleep in the workers: gather cannot overlap them.
import asyncio
import time

async def worker(n):
    print(f'Worker {n} - will take some time')
    time.sleep(0.1)
    print(f'Worker {n} - Done it')
    return n

async def do_something():
    start = time.perf_counter()
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    elapsed = time.perf_counter() - start
    print('results:', results)
    print('took at least 0.3s (not concurrent):', elapsed >= 0.3)

asyncio.run(do_something())
