# 34.6.1 with the gather future itself cancelled after a while
import asyncio

async def worker(n):
    try:
        await asyncio.sleep(0.2 * n)
        print(f'Worker {n} - Done it')
        return n
    except asyncio.CancelledError:
        print(f'Worker {n} - cancelled')
        raise

async def do_something():
    g = asyncio.gather(worker(1), worker(2), worker(3))
    await asyncio.sleep(0.3)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled:', g.cancelled())

asyncio.run(do_something())
