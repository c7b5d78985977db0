# Pretty table with the tabulate package (works on my laptop, where I pip-installed it).
import asyncio
from tabulate import tabulate


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    nums = [5, 7, 3, 6]
    results = await asyncio.gather(*map(factorial, nums))
    print(tabulate(zip(nums, results), headers=["n", "n!"]))


asyncio.run(main())
