# My factorial uses range(1, n) so every answer is n times too small; I check against math.factorial.
import asyncio
import math


async def factorial(n):
    result = 1
    for i in range(1, n):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    nums = [1, 2, 5, 7]
    got = await asyncio.gather(*[factorial(n) for n in nums])
    for n, g in zip(nums, got):
        ok = "ok" if g == math.factorial(n) else f"WRONG (expected {math.factorial(n)})"
        print(f"{n}! = {g} {ok}")


asyncio.run(main())
