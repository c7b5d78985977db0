# Pairing inputs with results using zip(strict=True) after I dropped a number from the gather by mistake.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    nums = [5, 7, 3, 6]
    results = await asyncio.gather(*(factorial(n) for n in nums[:-1]))
    for n, r in zip(nums, results, strict=True):
        print(f"{n}! = {r}")


asyncio.run(main())
