# does time.sleep in the worker stop my ticker task? (book says it blocks)
import asyncio
import time

ticks = []

async def ticker():
    for i in range(5):
        ticks.append(i)
        await asyncio.sleep(0.02)

async def worker():
    print('worker - will take some time')
    time.sleep(0.15)
    print('worker - done it, ticks so far:', len(ticks))
    return 42

async def do_something():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    result = await worker()
    print('result:', result, 'ticks after worker:', len(ticks))
    await t
    print('ticks at end:', ticks)

asyncio.run(do_something())
