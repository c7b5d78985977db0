# my workers returned coroutines by mistake, so I gather the results a second time to fix it
import asyncio

async def inner(label):
    await asyncio.sleep(0.05)
    return label.lower()

async def worker(label):
    await asyncio.sleep(0.05)
    return inner(label)

async def do_something():
    first = await asyncio.gather(worker('A'), worker('B'), worker('C'))
    print('first pass gave', [type(x).__name__ for x in first])
    second = await asyncio.gather(*first)
    print('second pass gave', second)

asyncio.run(do_something())
print('Main - Done')
