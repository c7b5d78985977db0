# 34.6.2 collecting labelled results into a dict, printed sorted
import asyncio
import random

async def worker(label):
    await asyncio.sleep(random.randint(1, 5) / 10)
    return label, random.randint(1, 10)

async def do_something():
    results = {}
    for f in asyncio.as_completed([worker(c) for c in 'ABCDE']):
        label, value = await f
        results[label] = value
        print('got', label, end='; ')
    print()
    print(dict(sorted(results.items())))

random.seed(9)
asyncio.run(do_something())
