# random.Random: each simulated worker draws from a generator of its own,
# seeded, so its delays do not depend on the others' draws; getstate and
# setstate replay a sequence; the module's generator is untouched
import asyncio
import random


async def worker(name, seed, results):
    rng = random.Random(seed)
    for step in range(3):
        delay = rng.uniform(0.1, 0.5)
        await asyncio.sleep(delay)
        results.append((name, step, round(delay, 3)))
    return rng.choice(['ok', 'retry', 'fail'])


async def main():
    random.seed(1)
    before = random.random()
    results = []
    outcomes = await asyncio.gather(*(worker(f'w{i}', 100 + i, results) for i in range(3)))
    print(outcomes)
    for r in sorted(results):  # (sorted: how they interleave depends on the clock)
        print(r)
    random.seed(1)
    print(random.random() == before)

    rng = random.Random(2024)
    deck = list(range(1, 11))
    rng.shuffle(deck)
    print(deck, rng.sample(deck, 3), rng.randint(1, 6), rng.randrange(0, 100, 5))
    print(rng.choices('abc', weights=[5, 1, 1], k=6), round(rng.gauss(10, 2), 6), rng.getrandbits(40))
    state = rng.getstate()
    first = [rng.random() for _ in range(3)]
    rng.setstate(state)
    print(first == [rng.random() for _ in range(3)], state[0], len(state[1]))
    twin = random.Random()
    twin.setstate(rng.getstate())
    print(twin.random() == rng.random(), type(twin), isinstance(twin, random.Random))
    rng.seed(7)
    print(rng.random() == random.Random(7).random())
    for bad in [5, (3, (1, 2), None), (2, (), None), (3, 'abc', None), (9, (), None)]:
        try:
            rng.setstate(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        random.Random(1, 2)
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
