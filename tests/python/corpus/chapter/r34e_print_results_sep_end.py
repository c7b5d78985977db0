# printing the gathered results with sep and end to get a one-line report
import asyncio
import random

random.seed(4)

async def worker(label):
    await asyncio.sleep(random.choice([0.01, 0.15]))
    return f'{label}{random.randint(1, 10)}'

async def main():
    results = await asyncio.gather(*map(worker, 'ABCDE'))
    print('results:', *results, sep=' | ', end=' <-\n')
    print(*sorted(results, key=lambda s: int(s[1:])), sep=',')
    print(f"{', '.join(results)!r:^40}")

asyncio.run(main())
