# merging the sorted outputs of three workers with heapq.merge
import asyncio
import heapq
import random

random.seed(18)

async def worker(label):
    await asyncio.sleep(0.01)
    return sorted((random.randint(1, 30), label) for _ in range(4))

async def main():
    streams = await asyncio.gather(*(worker(l) for l in 'XYZ'))
    merged = list(heapq.merge(*streams))
    print(merged)
    print(heapq.nlargest(3, merged), heapq.nsmallest(2, merged, key=lambda p: (p[1], p[0])))

asyncio.run(main())
