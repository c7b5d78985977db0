# zip(strict=True) catches my bug: I dropped a result on purpose to test.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        f *= i
    return f


async def main():
    nums = [3, 4, 5]
    results = await asyncio.gather(*map(factorial, nums))
    print(dict(zip(nums, results, strict=True)))
    results = results[:-1]
    print(list(zip(nums, results)))
    for n, r in zip(nums, results, strict=True):
        print(n, r)


asyncio.run(main())
