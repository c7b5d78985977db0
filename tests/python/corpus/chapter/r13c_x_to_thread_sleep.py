import asyncio
import time

async def worker():
    print('worker - will take some time')
    await asyncio.to_thread(time.sleep, 0.1)
    print('worker - done it')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    results = await asyncio.gather(worker(), worker())
    print('do_something - results:', results)

asyncio.run(do_something())
