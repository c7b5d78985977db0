# asyncio.as_complete without the d.
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def do_something():
    for f in asyncio.as_complete([worker('A'), worker('B')]):
        print(await f)

asyncio.run(do_something())
