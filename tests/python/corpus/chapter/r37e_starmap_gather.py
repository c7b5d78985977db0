# itertools.starmap to call the worker with (label, delay) pairs
import asyncio
from itertools import starmap

async def worker(label, delay):
    await asyncio.sleep(delay)
    return f'{label}:{delay}'

async def main():
    pairs = [('A', 0.03), ('B', 0.01), ('C', 0.02)]
    print(await asyncio.gather(*starmap(worker, pairs)))
    print(await asyncio.gather(*map(worker, 'XY', (0.01, 0.02))))

asyncio.run(main())
