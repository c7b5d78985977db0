# called as_completed with the coroutines as separate arguments like gather
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def do_something():
    for f in asyncio.as_completed(worker('A'), worker('B'), worker('C')):
        print(await f)

asyncio.run(do_something())
