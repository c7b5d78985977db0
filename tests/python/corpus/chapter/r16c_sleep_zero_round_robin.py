# Workers yielding with asyncio.sleep(0): the loop's round robin made visible
import asyncio

async def worker(label, steps):
    for i in range(steps):
        print(f'{label}{i}', end=' ')
        await asyncio.sleep(0)
    return label

async def do_something():
    results = await asyncio.gather(worker('A', 3), worker('B', 2), worker('C', 4))
    print()
    print('results from calls:', results)

asyncio.run(do_something())
