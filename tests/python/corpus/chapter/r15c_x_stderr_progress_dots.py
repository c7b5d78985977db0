# progress dots on stderr while the gather listing's workers sleep
import asyncio
import random
import sys

async def dots(stop):
    while not stop.is_set():
        sys.stderr.write('.')
        sys.stderr.flush()
        await asyncio.sleep(0.3)
    sys.stderr.write('\n')

async def worker():
    print('Worker - will take some time')
    await asyncio.sleep(0.45)
    print('Worker - Done it')
    return random.randint(1, 10)

async def do_something():
    stop = asyncio.Event()
    ticker = asyncio.create_task(dots(stop))
    results = await asyncio.gather(worker(), worker())
    stop.set()
    await ticker
    print('results from calls:', results)

random.seed(2)
asyncio.run(do_something())
