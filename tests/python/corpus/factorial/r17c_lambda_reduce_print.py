# reduce with a lambda, and a table printed with str.format
import asyncio
from functools import reduce


async def factorial(n):
    await asyncio.sleep(0.1)
    return reduce(lambda a, b: a * b, range(1, n + 1), 1)


async def calculate_factorials(numbers):
    res = await asyncio.gather(*[factorial(n) for n in numbers])
    print('{:<5}|{:>10}'.format('n', 'n!'))
    print('-' * 16)
    for n, r in zip(numbers, res):
        print('{:<5}|{:>10}'.format(n, r))


asyncio.run(calculate_factorials(range(0, 11, 2)))
