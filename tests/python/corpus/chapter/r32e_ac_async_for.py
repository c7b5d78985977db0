# tried 'async for' over as_completed (that's 3.13, not 3.11)
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def do_something():
    async for fut in asyncio.as_completed([worker('A'), worker('B')]):
        print(await fut)

asyncio.run(do_something())
