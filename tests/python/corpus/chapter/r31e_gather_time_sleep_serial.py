# gather but my worker uses time.sleep, so nothing overlaps (order of prints)
import asyncio
import time

async def worker(n):
    print('Worker', n, '- will take some time')
    time.sleep(0.05)
    print('Worker', n, '- Done it')
    return n * n

async def do_something():
    start = time.monotonic()
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    took = time.monotonic() - start
    print('results from calls:', results)
    print('took >= 0.15s:', took >= 0.15)

asyncio.run(do_something())
