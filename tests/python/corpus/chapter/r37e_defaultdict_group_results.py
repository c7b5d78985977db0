# grouped the workers' numbers into odd and even with a defaultdict
import asyncio
import random
from collections import defaultdict

random.seed(4)

async def worker(label):
    await asyncio.sleep(0.01)
    return label, random.randint(1, 10)

async def main():
    groups = defaultdict(list)
    for label, n in await asyncio.gather(*map(worker, 'ABCDEFG')):
        groups['even' if n % 2 == 0 else 'odd'].append(f'{label}{n}')
    print(dict(groups))
    print(groups)
    print(groups['none'], len(groups))

asyncio.run(main())
