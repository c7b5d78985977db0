# A default argument computed from something not defined yet
import asyncio

async def worker(name, delay=DEFAULT_DELAY):
    await asyncio.sleep(delay)
    return name

DEFAULT_DELAY = 0.01
print(asyncio.run(worker("a")))
