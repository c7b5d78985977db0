# comparing my async factorial with itertools.accumulate and functools.reduce versions
import asyncio
import functools
import itertools
import operator

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        result *= i
    return result

async def calculate_factorials(nums):
    results = await asyncio.gather(*map(factorial, nums))
    table = list(itertools.accumulate(range(1, max(nums) + 1), operator.mul))
    for n, r in zip(nums, results):
        red = functools.reduce(operator.mul, range(1, n + 1), 1)
        print(f'{n}! async={r} table={table[n - 1]} reduce={red} same={r == red == table[n - 1]}')

asyncio.run(calculate_factorials([5, 7, 3, 6]))
