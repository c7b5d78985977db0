# statistics of the random delays each worker slept (not the clock)
import asyncio
import random
import statistics

random.seed(8)

async def worker(i):
    delay = round(random.uniform(0.01, 0.05), 3)
    await asyncio.sleep(delay)
    return delay

async def main():
    delays = await asyncio.gather(*(worker(i) for i in range(8)))
    print(delays)
    print('mean', round(statistics.mean(delays), 4), 'median', statistics.median(delays))
    print('stdev', f'{statistics.stdev(delays):.4f}', 'mode', statistics.mode([round(d, 2) for d in delays]))

asyncio.run(main())
