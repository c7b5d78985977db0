# started a docstring for the worker and never closed it
import asyncio

async def worker():
    """Sleep a bit and return 42.
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    print(await worker())

asyncio.run(do_something())
