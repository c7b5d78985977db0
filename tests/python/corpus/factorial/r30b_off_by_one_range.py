# range(1, n) instead of range(1, n + 1): every answer is off, let me compare with math.factorial.
import asyncio
import math


async def factorial(n):
    result = 1
    for i in range(1, n):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    nums = [5, 7, 3, 6, 0, 1]
    got = await asyncio.gather(*map(factorial, nums))
    for n, g in zip(nums, got):
        expected = math.factorial(n)
        status = "ok" if g == expected else f"WRONG (expected {expected}, off by factor {expected // g})"
        print(f"{n}! -> {g}: {status}")


asyncio.run(main())
