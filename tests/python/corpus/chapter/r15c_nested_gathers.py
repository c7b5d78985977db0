# gather of two gathers: the results come back as a list of lists
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    print(f'{label} done')
    return label

async def team(name, delay):
    return await asyncio.gather(*(worker(f'{name}{i}', delay * i) for i in range(1, 3)))

async def do_something():
    results = await asyncio.gather(team('x', 0.1), team('y', 0.35))
    print('results from calls:', results)
    print('flattened:', [r for group in results for r in group])

asyncio.run(do_something())
