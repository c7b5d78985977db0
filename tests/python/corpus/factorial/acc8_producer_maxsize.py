# A producer fills a bounded queue; one consumer computes factorials; None ends it.
import asyncio
import math

async def producer(q):
    for n in range(1, 7):
        await q.put(n)
        print(f"put {n} (size {q.qsize()})")
    await q.put(None)

async def consumer(q):
    total = 0
    while (n := await q.get()) is not None:
        await asyncio.sleep(0.01)
        total += math.factorial(n)
        print(f"got {n}: {math.factorial(n)}")
    return total

async def main():
    q = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(q), consumer(q))
    print("sum", total, q.full(), q.empty())

asyncio.run(main())
