# A fake web scraper: seeded random latencies, limited concurrency, stats printed at the end
import asyncio
import random
from collections import Counter

random.seed(42)
LATENCY = {f"/item/{i}": random.choice([0.01, 0.02, 0.03]) for i in range(12)}
STATUS = {path: random.choice([200, 200, 200, 404, 500]) for path in LATENCY}

async def fetch(path, sem, stats):
    async with sem:
        await asyncio.sleep(LATENCY[path])
        status = STATUS[path]
        stats[status] += 1
        if status != 200:
            raise RuntimeError(f"{path} -> HTTP {status}")
        return path, len(path) * 100

async def main():
    sem = asyncio.Semaphore(4)
    stats = Counter()
    results = await asyncio.gather(*(fetch(p, sem, stats) for p in LATENCY), return_exceptions=True)
    pages = [r for r in results if isinstance(r, tuple)]
    errors = sorted(str(r) for r in results if isinstance(r, Exception))
    print(f"{len(pages)} pages, {sum(size for _, size in pages)} bytes")
    print(*errors, sep="\n")
    print(dict(sorted(stats.items())))

asyncio.run(main())
