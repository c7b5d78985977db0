# Producer/consumer with a bounded queue and three consumers, all cancelled once the queue is joined
import asyncio
from collections import Counter

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    print("producer done")

async def consumer(name, q, tally):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01)
        tally[name] += 1
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    tally = Counter()
    consumers = [asyncio.create_task(consumer(f"c{i}", q, tally)) for i in range(3)]
    await producer(q, 12)
    await q.join()
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("total handled:", sum(tally.values()), "consumers used:", len(tally))
    print("queue empty:", q.empty(), "qsize:", q.qsize())

asyncio.run(main())
