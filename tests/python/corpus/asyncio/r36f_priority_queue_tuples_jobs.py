# A PriorityQueue of (priority, seq, job) tuples processed by two workers.
import asyncio
import itertools

async def worker(name, q, done):
    while True:
        prio, seq, job = await q.get()
        await asyncio.sleep(0.01)
        done.append((name, prio, job))
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    seq = itertools.count()
    for prio, job in [(3, "email"), (1, "payment"), (2, "resize"), (1, "refund"), (5, "report")]:
        q.put_nowait((prio, next(seq), job))
    done = []
    ws = [asyncio.create_task(worker(f"w{i}", q, done)) for i in range(2)]
    await q.join()
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    for name, prio, job in done:
        print(name, prio, job)

asyncio.run(main())
