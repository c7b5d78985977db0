# a warnings.warn in the worker when the delay looks too long
import asyncio
import warnings

async def worker(delay):
    if delay > 0.05:
        warnings.warn(f'delay {delay} is long', UserWarning)
    await asyncio.sleep(delay)
    return delay

async def do_something():
    print(await asyncio.gather(worker(0.01), worker(0.1), worker(0.2)))

asyncio.run(do_something())
