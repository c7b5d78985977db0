# Random test inputs (seeded), checked against math.factorial.
import asyncio
import math
import random

random.seed(34)


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f


async def main():
    nums = random.sample(range(0, 25), 6)
    print("inputs:", nums)
    results = await asyncio.gather(*map(factorial, nums))
    print(all(r == math.factorial(n) for n, r in zip(nums, results)))
    picks = random.choices(nums, k=4)
    random.shuffle(nums)
    print(picks, nums, random.randint(1, 10), round(random.random(), 6))
    print(random.choice(results) in results, random.uniform(1, 2) < 2)


asyncio.run(main())
