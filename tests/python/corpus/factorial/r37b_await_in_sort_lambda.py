# Sorting the numbers by their factorial with an await inside a sort key lambda.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r


async def main():
    nums = [5, 7, 3, 6]
    ordered = sorted(nums, key=lambda n: await factorial(n))
    print(ordered)


asyncio.run(main())
