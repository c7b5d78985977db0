# Student's gather drops zero; harness's zip(strict=True) exposes the missing result and crashes.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def calculate_factorials(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers if n])

async def main():
    nums = [4, 0, 3]
    res = await calculate_factorials(nums)
    print('student returned', res)
    for n, r in zip(nums, res, strict=True):
        print(f'{n}! = {r}')

asyncio.run(main())
