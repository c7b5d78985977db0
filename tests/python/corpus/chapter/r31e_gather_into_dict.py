# gather results zipped into a dict keyed by label, printed sorted by value
import asyncio
import random

random.seed(2024)

async def worker(label):
    n = random.randint(1, 100)
    await asyncio.sleep(n / 1000)
    return n

async def do_something():
    labels = ['alpha', 'beta', 'gamma', 'delta']
    results = dict(zip(labels, await asyncio.gather(*map(worker, labels))))
    print(results)
    for label, value in sorted(results.items(), key=lambda kv: kv[1]):
        print(f'{label:>6}: {value:3d} {"#" * (value // 10)}')

asyncio.run(do_something())
