import asyncio
import random


async def task(identifier, value):
    await asyncio.sleep(value)
    return identifier, round(value, 2)


async def main():
    random.seed(7)
    coros = [task(i, random.random() / 10) for i in range(8)]
    results = await asyncio.gather(*coros)
    for ident, value in results:
        print(f">{ident} got {value}")
    best = max(results, key=lambda r: r[1])
    print("largest:", best)


asyncio.run(main())
