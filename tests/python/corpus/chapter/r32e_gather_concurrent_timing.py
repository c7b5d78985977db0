# proving gather runs them at once: three 0.1 s sleeps take well under 0.3 s
import asyncio
import time

async def worker(n):
    await asyncio.sleep(0.1)
    return n

async def do_something():
    start = time.perf_counter()
    results = await asyncio.gather(worker(1), worker(2), worker(3))
    took = time.perf_counter() - start
    print('results:', results)
    print('at least 0.1:', took >= 0.1)
    print('under 0.25:', took < 0.25)
    print(f'roughly {round(took, 1)} s')

asyncio.run(do_something())
