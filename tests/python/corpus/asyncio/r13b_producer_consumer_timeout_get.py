import asyncio
import random

async def producer(q, rng, n):
    for i in range(n):
        await asyncio.sleep(rng.choice([0.01, 0.02]))
        await q.put(i)
        print("produced", i)

async def consumer(q):
    got = []
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.2)
        except asyncio.TimeoutError:
            print("consumer idle, stopping")
            return got
        got.append(item)
        print("consumed", item)

async def main():
    q = asyncio.Queue()
    rng = random.Random(12)
    p = asyncio.create_task(producer(q, rng, 4))
    got = await consumer(q)
    await p
    print(got)

asyncio.run(main())
