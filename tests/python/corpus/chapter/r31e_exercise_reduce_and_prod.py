# checking my async factorial against math.prod and functools.reduce
import asyncio
import functools
import math
import operator

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.002)
        result *= i
    return result

async def calculate_factorials(numbers):
    got = await asyncio.gather(*map(factorial, numbers))
    for n, g in zip(numbers, got):
        p = math.prod(range(1, n + 1))
        r = functools.reduce(operator.mul, range(1, n + 1), 1)
        print(f'{n:2d} {g:>10} {g == p == r == math.factorial(n)!s:>6}')
    print(', '.join(got))

asyncio.run(calculate_factorials([5, 7, 3, 6, 0, 12]))
