# time.sleep in a worker stops every other task: the ticker cannot tick.
import asyncio
import time

async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.02)

async def worker():
    print('worker - will take some time')
    time.sleep(0.1)
    print('worker - done it')
    return 42

async def do_something():
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    result = await worker()
    print('do_something - result:', result)
    await tick_task
    print('do_something - ticker finished')

asyncio.run(do_something())
