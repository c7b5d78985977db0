# 34.6.1 with delays of 0.5, 1.5 and 2.5 s: each worker's time and the total rounded to whole seconds
import asyncio
import time

async def worker(delay):
    start = time.monotonic()
    print(f'Worker - will take {delay}s')
    await asyncio.sleep(delay)
    took = time.monotonic() - start
    print(f'Worker - Done it in about {round(took)}s ({took:.0f})')
    return delay

async def do_something():
    start = time.monotonic()
    results = await asyncio.gather(worker(0.5), worker(1.5), worker(2.5))
    print('results from calls:', results)
    print(f'all done in about {round(time.monotonic() - start)}s')

asyncio.run(do_something())
