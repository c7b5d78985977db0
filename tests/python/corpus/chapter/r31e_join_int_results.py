# joined the numeric results into a string without converting them
import asyncio
import random

random.seed(21)

async def worker(label):
    await asyncio.sleep(0.01)
    return label, random.randint(1, 10)

async def do_something():
    pairs = await asyncio.gather(worker('A'), worker('B'), worker('C'))
    print(' '.join(f'{l}={v}' for l, v in pairs))
    print(', '.join(v for _, v in pairs))

asyncio.run(do_something())
