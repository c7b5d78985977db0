# Gather of ten seeded workers, results printed with enumerate and basic stats
import asyncio
import random
import statistics

async def worker():
    await asyncio.sleep(0.05)
    return random.randint(1, 10)

async def main():
    results = await asyncio.gather(*[worker() for _ in range(10)])
    for i, r in enumerate(results, start=1):
        print(f'#{i:02d} {"*" * r}')
    print('mean %.2f, median %s, mode %s' % (statistics.mean(results), statistics.median(results), statistics.mode(results)))

random.seed(2024)
asyncio.run(main())
