# Random inputs for the exercise with a fixed seed, through every random function a learner tries.
import asyncio
import random

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r

async def main():
    random.seed(2024)
    ns = [random.randint(1, 10) for _ in range(5)]
    print(ns, await asyncio.gather(*map(factorial, ns)))
    print(random.random(), random.uniform(1, 2), random.randrange(10), random.randrange(0, 100, 5))
    print(random.choice("abcdef"), random.choices(range(5), k=4), random.choices("ab", weights=[1, 9], k=5))
    items = list(range(10))
    random.shuffle(items)
    print(items, random.sample(items, 3), random.sample(range(100), k=4))
    print(random.gauss(0, 1), random.normalvariate(5, 2), random.triangular(0, 10, 3))
    print(random.expovariate(2), random.betavariate(2, 3), random.getrandbits(40), random.randbytes(4))
    state = random.getstate()
    a = [random.random() for _ in range(2)]
    random.setstate(state)
    print(a == [random.random() for _ in range(2)])
    random.seed("factorial")
    print(random.randint(1, 100), random.choice([3, 5, 7]))
    random.seed(7)
    rng = random.Random(7)
    print(random.random() == rng.random(), rng.randint(-5, 5))

asyncio.run(main())
