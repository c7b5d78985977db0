# Producer/consumer where the producer puts one None sentinel per consumer, then we compare totals.
import asyncio
import random

random.seed(7)

async def producer(q: asyncio.Queue, n: int, consumers: int):
    for i in range(n):
        await q.put(random.randint(1, 100))
        await asyncio.sleep(0.005)
    for _ in range(consumers):
        await q.put(None)

async def consumer(name: str, q: asyncio.Queue, totals: dict):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        totals[name] = totals.get(name, 0) + item
        await asyncio.sleep(0.01)
        q.task_done()
    return name

async def main():
    q = asyncio.Queue(maxsize=3)
    totals = {}
    cons = [asyncio.create_task(consumer(f"c{i}", q, totals)) for i in range(3)]
    await producer(q, 12, len(cons))
    await q.join()
    finished = await asyncio.gather(*cons)
    print("finished:", finished)
    print("grand total:", sum(totals.values()))
    print("queue empty:", q.empty(), "qsize:", q.qsize())

asyncio.run(main())
