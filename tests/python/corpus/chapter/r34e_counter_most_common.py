# rolling dice in twenty workers and counting the results
import asyncio
import collections
import random

random.seed(34)

async def worker():
    await asyncio.sleep(0.01)
    return random.randint(1, 6)

async def main():
    results = await asyncio.gather(*[worker() for _ in range(20)])
    counts = collections.Counter(results)
    print(results)
    print(counts.most_common(3))
    print(sorted(counts.items()))
    print('mean', sum(results) / len(results))

asyncio.run(main())
