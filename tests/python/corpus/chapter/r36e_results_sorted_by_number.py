# sorted the as_completed labels like 'B10' by their number part, each worker with its own seeded Random
import asyncio
import random

async def worker(label):
    await asyncio.sleep(0.1)
    return label + str(random.Random(label * 3).randint(1, 10))

async def do_something():
    results = [await f for f in asyncio.as_completed([worker(c) for c in 'ABCDE'])]
    print('by number:', sorted(results, key=lambda r: (int(r[1:]), r)))
    print('by label: ', sorted(results))
    print('max:', max(results, key=lambda r: (int(r[1:]), r)))
    print('as text max:', max(results))

asyncio.run(do_something())
