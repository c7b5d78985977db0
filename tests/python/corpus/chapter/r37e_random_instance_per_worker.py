# each worker gets its own random.Random(seed) so the numbers don't depend on order
import asyncio
import random

async def worker(label, seed):
    rng = random.Random(seed)
    await asyncio.sleep(rng.random() / 10)
    rolls = [rng.randint(1, 6) for _ in range(3)]
    return label, rolls, round(rng.uniform(0, 1), 3), rng.choice('abc')

async def main():
    for label, rolls, u, c in await asyncio.gather(*(worker(l, s) for l, s in zip('ABC', (1, 2, 3)))):
        print(label, rolls, u, c)
    rng = random.Random(42)
    data = list(range(8))
    rng.shuffle(data)
    print(data, rng.sample(range(100), 3), rng.gauss(0, 1) < 5)

asyncio.run(main())
