# Worker tasks pull jobs from an asyncio.Queue; results summarised with statistics and a table
import asyncio
import random
import statistics

random.seed(11)


async def worker(name, queue, results):
    while True:
        job = await queue.get()
        await asyncio.sleep(job / 100)
        results.append((name, job))
        queue.task_done()


async def main():
    q = asyncio.Queue()
    jobs = [random.randint(1, 9) for _ in range(8)]
    for j in jobs:
        q.put_nowait(j)
    results = []
    tasks = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    await q.join()
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("jobs:", jobs, "mean", statistics.mean(jobs), "median", statistics.median(jobs))
    done = sorted(job for _, job in results)
    print(f"{len(done):3d} | {sum(done):4d} | {done}")
    print(sorted({name for name, _ in results}))
    print(q.qsize(), q.empty())


asyncio.run(main())
