# ten workers but only three allowed at once; tracking the peak concurrency
import asyncio
import random

random.seed(11)
running = 0
peak = 0

async def worker(sem, i):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(random.choice([0.01, 0.02, 0.03]))
        running -= 1
    return i * i

async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(worker(sem, i) for i in range(10)))
    print(results)
    print('peak concurrency', peak)

asyncio.run(main())
