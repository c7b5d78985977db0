import asyncio

async def worker(delay):
    print('worker - will take', delay)
    await asyncio.sleep(delay)
    return 'done'

async def do_something():
    delays = '0.02 0.01'.split()
    for d in delays:
        print(await worker(d))

asyncio.run(do_something())
