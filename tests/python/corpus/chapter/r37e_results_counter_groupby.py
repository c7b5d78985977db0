# counted how often each random number came back, with Counter and groupby
import asyncio
import random
from collections import Counter
from itertools import groupby

random.seed(7)

async def worker():
    await asyncio.sleep(0.005)
    return random.randint(1, 4)

async def main():
    results = await asyncio.gather(*(worker() for _ in range(12)))
    counts = Counter(results)
    print(counts.most_common(2))
    print(sorted(counts.items()))
    for key, group in groupby(sorted(results)):
        print(key, '*' * len(list(group)))
    print(counts)

asyncio.run(main())
