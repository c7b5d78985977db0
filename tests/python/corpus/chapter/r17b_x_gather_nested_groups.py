# Gathering groups of workers: a gather of gathers keeps the nesting in its result
import asyncio
import random

async def worker(label):
    await asyncio.sleep(random.choice([0.1, 0.2]))
    return label + str(random.randint(1, 10))

async def group(name, size):
    results = await asyncio.gather(*(worker(f'{name}{i}-') for i in range(size)))
    print(f'group {name} done: {results}')
    return results

async def do_something():
    nested = await asyncio.gather(group('A', 2), group('B', 3), group('C', 1))
    print(nested)
    flat = [r for g in nested for r in g]
    print(len(flat), sorted(flat, key=lambda s: int(s.split('-')[1]))[-1])

random.seed(21)
asyncio.run(do_something())
