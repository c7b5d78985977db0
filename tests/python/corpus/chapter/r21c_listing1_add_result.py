# The listing with the result used in arithmetic without awaiting.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    result = worker()
    print('doubled:', result * 2)

asyncio.run(do_something())
