# A bounded queue (maxsize=2): the producer has to wait for the consumer to compute factorials.
import asyncio
import math


async def producer(q, nums):
    for n in nums:
        await q.put(n)
        print(f"put {n} (size {q.qsize()}, full={q.full()})")
    await q.put(None)


async def consumer(q):
    while (n := await q.get()) is not None:
        await asyncio.sleep(0.05)
        print(f"  {n}! = {math.factorial(n)}")


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, [3, 5, 7, 9, 11]), consumer(q))
    print("maxsize:", q.maxsize, "empty:", q.empty())


asyncio.run(main())
