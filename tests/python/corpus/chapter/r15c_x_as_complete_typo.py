# as_complete instead of as_completed, caught and retried with the right name
import asyncio

async def worker(label):
    await asyncio.sleep(0.1)
    return label

async def do_something():
    coros = (worker('A'), worker('B'))
    try:
        it = asyncio.as_complete(coros)
    except AttributeError as e:
        print('AttributeError:', e)
        it = asyncio.as_completed(coros)
    for f in it:
        print(await f)

asyncio.run(do_something())
