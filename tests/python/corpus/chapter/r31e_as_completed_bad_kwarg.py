# tried return_exceptions=True on as_completed like on gather
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def do_something():
    for f in asyncio.as_completed([worker('A'), worker('B')], return_exceptions=True):
        print(await f)

asyncio.run(do_something())
