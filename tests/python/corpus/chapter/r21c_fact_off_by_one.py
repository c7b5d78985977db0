# Wrong: range(1, n) misses the last factor; 0! handled.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    nums = [0, 1, 5, 3]
    res = await asyncio.gather(*map(factorial, nums))
    for n, r in zip(nums, res):
        import math
        ok = '✓' if r == math.factorial(n) else '✗'
        print(f'{n}! = {r} {ok}')

asyncio.run(main())
