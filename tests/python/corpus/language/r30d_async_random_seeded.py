# Seeded random delays for tasks, results sorted by finishing order recorded with a counter
import asyncio
import itertools
import random

random.seed(11)
order = itertools.count(1)


async def racer(name):
    delay = random.choice([0.01, 0.12, 0.24, 0.36])
    await asyncio.sleep(delay)
    return next(order), name, delay


async def main():
    names = ["ant", "bee", "cat", "dog"]
    results = await asyncio.gather(*(racer(n) for n in names))
    for place, name, delay in sorted(results):
        print(f"{place}. {name:<4} {delay:.2f}s")
    print("gather order:", [r[1] for r in results])


asyncio.run(main())
