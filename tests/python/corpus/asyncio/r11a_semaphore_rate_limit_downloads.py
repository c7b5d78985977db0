import asyncio
import random

random.seed(11)
active = 0
peak = 0


async def download(sem, url):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(random.choice([0.01, 0.02, 0.03]))
        active -= 1
        return f"{url} ok"


async def main():
    sem = asyncio.Semaphore(3)
    urls = [f"https://example.com/page{i}" for i in range(10)]
    results = await asyncio.gather(*(download(sem, u) for u in urls))
    print(len(results), "downloads")
    print("peak concurrency:", peak)
    print(results[0], "...", results[-1])
    print("semaphore locked at end:", sem.locked())


asyncio.run(main())
