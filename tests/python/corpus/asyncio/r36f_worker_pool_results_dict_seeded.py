# A fixed pool of workers pulls URLs from a queue; seeded random latencies; results keyed by URL.
import asyncio
import random

random.seed(2024)
URLS = [f"https://example.com/page/{i}" for i in range(10)]
PLAN = {u: (random.choice([0.01, 0.02, 0.03]), random.choice([200, 200, 200, 404, 500])) for u in URLS}

async def worker(wid, q, results, stats):
    while True:
        url = await q.get()
        latency, status = PLAN[url]
        await asyncio.sleep(latency)
        results[url] = status
        stats[wid] += 1
        q.task_done()

async def main():
    q = asyncio.Queue()
    for u in URLS:
        q.put_nowait(u)
    results, stats = {}, {i: 0 for i in range(3)}
    workers = [asyncio.create_task(worker(i, q, results, stats)) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    by_status = {}
    for url, status in sorted(results.items()):
        by_status.setdefault(status, []).append(url.rsplit("/", 1)[1])
    print(sorted(by_status.items()))
    print("pages per worker sum:", sum(stats.values()))

asyncio.run(main())
