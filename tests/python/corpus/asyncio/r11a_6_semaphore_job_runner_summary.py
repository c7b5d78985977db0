import asyncio
import random
from collections import Counter


async def job(i, sem, stats):
    async with sem:
        await asyncio.sleep(0)
        outcome = random.choice(["ok", "ok", "ok", "retry", "fail"])
        stats[outcome] += 1
        if outcome == "fail":
            raise RuntimeError(f"job {i} failed")
        return i


async def main():
    random.seed(99)
    sem = asyncio.Semaphore(4)
    stats = Counter()
    results = await asyncio.gather(*(job(i, sem, stats) for i in range(20)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    print(stats.most_common())
    print(len(errors), "errors:", ", ".join(str(e) for e in errors))


asyncio.run(main())
