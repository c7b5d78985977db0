# Producer/consumer with a bounded asyncio.Queue: back-pressure shown by qsize, then Counter statistics.
import asyncio
import random
from collections import Counter

random.seed(5)

async def producer(q, n):
    for i in range(n):
        item = random.choice("abc")
        await q.put((i, item))
        print(f"put {i}:{item} size={q.qsize()}")
    await q.put(None)

async def consumer(q, seen):
    while (got := await q.get()) is not None:
        i, item = got
        await asyncio.sleep(0.05 if item == "a" else 0.1)
        seen[item] += 1
        print(f"  got {i}:{item}")

async def main():
    q = asyncio.Queue(maxsize=2)
    seen = Counter()
    await asyncio.gather(producer(q, 6), consumer(q, seen))
    print(seen.most_common(), q.empty())

asyncio.run(main())
