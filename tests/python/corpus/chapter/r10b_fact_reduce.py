# factorial with functools.reduce after the awaited steps.
import asyncio
import functools
import operator

async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.01)
    return functools.reduce(operator.mul, range(1, n + 1), 1)

async def main():
    nums = [5, 7, 3, 6]
    res = await asyncio.gather(*[factorial(n) for n in nums])
    print(dict(zip(nums, res)))
    print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4, 5]))

asyncio.run(main())
