# each worker gets its own random.Random so the results don't depend on order
import asyncio
import random

async def worker(label, seed):
    rng = random.Random(seed)
    await asyncio.sleep(rng.uniform(0.01, 0.05))
    picks = rng.sample(range(1, 50), 3)
    deck = list('abcdef')
    rng.shuffle(deck)
    return label, picks, ''.join(deck), rng.choice(['x', 'y', 'z'])

async def main():
    for r in await asyncio.gather(*(worker(l, i) for i, l in enumerate('ABC'))):
        print(*r)
    print(random.Random('seed-as-string').randint(1, 1000))

asyncio.run(main())
