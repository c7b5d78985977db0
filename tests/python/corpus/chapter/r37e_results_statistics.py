# gathered ten seeded random results and printed some statistics about them
import asyncio
import random
import statistics

random.seed(99)

async def worker(i):
    await asyncio.sleep(0.01)
    return random.randint(1, 10)

async def main():
    results = await asyncio.gather(*[worker(i) for i in range(10)])
    print('results:', results)
    print('mean:', statistics.mean(results))
    print('median:', statistics.median(results))
    print('mode:', statistics.mode(results))
    print('stdev: %.3f' % statistics.stdev(results))
    print('fmean', round(statistics.fmean(results), 2))

asyncio.run(main())
