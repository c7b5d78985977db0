# each worker returns a sorted batch; merged them with heapq.merge
import asyncio
import heapq
import random

random.seed(77)

async def worker(size):
    await asyncio.sleep(0.01)
    return sorted(random.randint(1, 99) for _ in range(size))

async def main():
    batches = await asyncio.gather(worker(3), worker(4), worker(2))
    for b in batches:
        print(b)
    merged = list(heapq.merge(*batches))
    print(merged)
    print(heapq.nlargest(3, merged), heapq.nsmallest(2, merged, key=lambda x: -x))

asyncio.run(main())
