# 34.6.1 with two gathers nested in a third: a list of lists
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    print('Worker - Done it', label)
    return label

async def group(prefix):
    return await asyncio.gather(*(worker(f'{prefix}{i}', 0.1 * i) for i in (3, 1, 2)))

async def do_something():
    results = await asyncio.gather(group('a'), group('b'))
    print('results from calls:', results)

asyncio.run(do_something())
