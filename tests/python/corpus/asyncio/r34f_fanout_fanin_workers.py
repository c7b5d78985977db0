# Fan-out/fan-in: N workers take jobs from one queue and push results to another; a collector sums.
import asyncio

async def worker(wid, jobs, results):
    while True:
        n = await jobs.get()
        if n is None:
            jobs.task_done()
            return wid
        await asyncio.sleep(0.001 * (n % 4))
        await results.put((n, n ** 2))
        jobs.task_done()

async def collector(results, expected):
    got = {}
    while len(got) < expected:
        n, sq = await results.get()
        got[n] = sq
    return got

async def main():
    jobs, results = asyncio.Queue(), asyncio.Queue()
    n_jobs, n_workers = 12, 4
    for n in range(n_jobs):
        jobs.put_nowait(n)
    for _ in range(n_workers):
        jobs.put_nowait(None)
    workers = [asyncio.create_task(worker(i, jobs, results)) for i in range(n_workers)]
    got = await collector(results, n_jobs)
    await jobs.join()
    print(await asyncio.gather(*workers))
    print([got[k] for k in sorted(got)])
    print("sum of squares:", sum(got.values()))

asyncio.run(main())
