# Student copied code using itertools.batched and math functions from newer Pythons.
import asyncio
import itertools
import math


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.prod(range(1, n + 1))


async def main():
    nums = list(range(1, 9))
    print(await asyncio.gather(*map(factorial, nums)))
    print(math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else "no sumprod")
    for chunk in itertools.batched(nums, 3):
        print(await asyncio.gather(*map(factorial, chunk)))


asyncio.run(main())
