# gather with a timeout= argument (it doesn't have one), then wait_for instead
import asyncio

async def worker(d):
    await asyncio.sleep(d)
    return d

async def do_something():
    try:
        await asyncio.gather(worker(0.01), worker(0.02), timeout=1)
    except TypeError as e:
        print('TypeError:', e)
    try:
        r = await asyncio.wait_for(asyncio.gather(worker(0.01), worker(0.5)), 0.1)
        print(r)
    except asyncio.TimeoutError as e:
        print('timed out:', type(e).__name__, repr(e))
    print(await asyncio.wait_for(asyncio.gather(worker(0.01), worker(0.02)), 1))

asyncio.run(do_something())
