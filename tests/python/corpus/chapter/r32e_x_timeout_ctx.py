# 3.11's asyncio.timeout() around a slow worker, then around a fast one
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return delay

async def do_something():
    for delay in (0.02, 0.5):
        try:
            async with asyncio.timeout(0.1) as cm:
                r = await worker(delay)
            print(delay, 'finished:', r, 'expired?', cm.expired())
        except TimeoutError:
            print(delay, 'timed out, expired?', cm.expired())

asyncio.run(do_something())
