# pprint of a nested structure built from the workers' results
import asyncio
import pprint
import random

random.seed(31)

async def worker(label):
    await asyncio.sleep(0.01)
    rolls = [random.randint(1, 6) for _ in range(random.randint(3, 8))]
    return label, {'rolls': rolls, 'total': sum(rolls), 'tags': ('dice', label.lower())}

async def main():
    results = dict(await asyncio.gather(*(worker(l) for l in ['alpha', 'beta', 'gamma'])))
    pprint.pprint(results, width=60)
    pprint.pprint(results, depth=2, compact=True)

asyncio.run(main())
