# gather given the list itself, not its items: a TypeError about a list
import asyncio

async def worker(n):
    await asyncio.sleep(0.1)
    return n

async def do_something():
    workers = [worker(n) for n in range(3)]
    try:
        results = await asyncio.gather(workers)
    except TypeError as e:
        print('TypeError:', e)
        results = await asyncio.gather(*workers)
    print('results from calls:', results)

asyncio.run(do_something())
