# moved the blocking time.sleep into a thread with asyncio.to_thread
import asyncio
import time

def blocking(n):
    time.sleep(0.1)
    return n * 2

async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.04)

async def do_something():
    start = time.perf_counter()
    results = await asyncio.gather(asyncio.to_thread(blocking, 21), ticker())
    print('results:', results)
    print('overlapped:', time.perf_counter() - start < 0.2)

asyncio.run(do_something())
