# asyncio.create_taks.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    task = asyncio.create_taks(worker())
    print(await task)

asyncio.run(do_something())
