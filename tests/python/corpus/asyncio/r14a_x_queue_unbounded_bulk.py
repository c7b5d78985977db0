# An unbounded Queue filled with 100,000 items before the consumers start: each get costs O(1)
import asyncio

async def producer(q, n):
    for i in range(n):
        q.put_nowait(i)
    print('produced', q.qsize())

async def consumer(q, totals):
    while True:
        x = await q.get()
        totals.append(x)
        q.task_done()

async def main():
    q = asyncio.Queue()
    await producer(q, 100_000)
    totals = []
    workers = [asyncio.create_task(consumer(q, totals)) for _ in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    print(len(totals), sum(totals), totals[:3], totals[-1])

asyncio.run(main())
