# Random test inputs (seeded) for the factorial checker: sample, shuffle, choices and random delays.
import asyncio
import math
import random

random.seed(37)


async def factorial(n, delay):
    await asyncio.sleep(delay)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    nums = random.sample(range(1, 30), 6)
    random.shuffle(nums)
    delays = [round(random.uniform(0.01, 0.05), 3) for _ in nums]
    print(nums, delays)
    results = await asyncio.gather(*(factorial(n, d) for n, d in zip(nums, delays)))
    print(all(r == math.factorial(n) for n, r in zip(nums, results)))
    print(random.choices("abc", k=5), random.randint(1, 6), random.random())
    print(random.choice(results) in results, random.getrandbits(20), random.gauss(0, 1))


asyncio.run(main())
