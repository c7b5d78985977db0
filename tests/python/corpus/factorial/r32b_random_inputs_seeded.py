# Random test inputs (seeded) including a few bad ones; results tallied by outcome.
import asyncio
import random
from collections import defaultdict

random.seed(2024)


async def factorial(n):
    if n < 0:
        raise ValueError(n)
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(random.uniform(0.001, 0.01))
    return r


async def main():
    inputs = [random.randint(-3, 15) for _ in range(10)]
    print(inputs, random.choice("abc"), random.random())
    outcomes = await asyncio.gather(*map(factorial, inputs), return_exceptions=True)
    tally = defaultdict(list)
    for n, o in zip(inputs, outcomes):
        tally["error" if isinstance(o, Exception) else "ok"].append(n)
    print(dict(sorted(tally.items())))
    sample = random.sample(inputs, 3)
    random.shuffle(sample)
    print(sample, round(random.gauss(0, 1), 6), random.choices(range(5), k=4))


asyncio.run(main())
