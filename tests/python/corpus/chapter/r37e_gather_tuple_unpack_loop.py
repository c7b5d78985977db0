# workers return (label, number) tuples and I unpack them straight in the for loop
import asyncio
import random

random.seed(2024)

async def worker(label):
    await asyncio.sleep(random.choice([0.01, 0.03, 0.05]))
    return label, random.randint(1, 100)

async def do_something():
    for label, number in await asyncio.gather(*map(worker, 'XYZW')):
        bar = '#' * (number // 10)
        print(f'{label} {number:3d} {bar}')

asyncio.run(do_something())
