import asyncio
import random

async def process(item, sem, rng_delay):
    async with sem:
        await asyncio.sleep(rng_delay)
        return item, item ** 2

async def main():
    rng = random.Random(99)
    sem = asyncio.Semaphore(3)
    items = list(range(10))
    delays = [rng.uniform(0.001, 0.01) for _ in items]
    tasks = [asyncio.create_task(process(i, sem, d)) for i, d in zip(items, delays)]
    results = dict(await asyncio.gather(*tasks))
    print(results)
    print(sem._value, sem.locked())

asyncio.run(main())
