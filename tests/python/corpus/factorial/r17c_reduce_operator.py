# functools.reduce with operator.mul, and an initial value so 0! comes out as 1
import asyncio
import operator
from functools import reduce


async def factorial(n):
    await asyncio.sleep(0.1 * n)
    value = reduce(operator.mul, range(1, n + 1), 1)
    print('done', n)
    return value


async def calculate_factorials(numbers):
    res = await asyncio.gather(*[factorial(n) for n in numbers])
    for pair in zip(numbers, res):
        print(pair)


if __name__ == '__main__':
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 0, 3, 1]))
    print('Main - Done')
