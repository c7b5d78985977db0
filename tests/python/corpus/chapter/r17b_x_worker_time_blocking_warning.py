# The 34.4.1 listing with time.sleep inside a task while a ticker task tries to run
import asyncio
import time

async def ticker(log):
    for i in range(3):
        log.append(f'tick {i}')
        await asyncio.sleep(0.05)

async def worker(log):
    log.append('worker start')
    time.sleep(0.2)
    log.append('worker end')
    return 42

async def do_something():
    log = []
    t = asyncio.create_task(ticker(log))
    await asyncio.sleep(0)
    result = await worker(log)
    await t
    print(log)
    print('result:', result)

asyncio.run(do_something())
