# the gather listing timed: three 0.2 s workers take about 0.2 s, not 0.6
import asyncio
import time

async def worker(n):
    print(f'Worker {n} - will take some time')
    await asyncio.sleep(0.26)
    print(f'Worker {n} - Done it')
    return n

async def do_something():
    start = time.perf_counter()
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    elapsed = time.perf_counter() - start
    print('results from calls:', results)
    print(f'took about {elapsed:.1f} s')

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
