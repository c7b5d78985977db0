# asyncio.run called inside a running coroutine.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    result = asyncio.run(worker())
    print(result)

asyncio.run(do_something())
