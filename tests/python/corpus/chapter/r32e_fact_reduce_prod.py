# three ways to compute the factorial, checked against each other
import asyncio
import math
from functools import reduce
import operator

async def loop_fact(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r

async def reduce_fact(n):
    await asyncio.sleep(0.01)
    return reduce(operator.mul, range(1, n + 1), 1)

async def prod_fact(n):
    await asyncio.sleep(0.02)
    return math.prod(range(1, n + 1))

async def calculate_factorials(numbers):
    for n in numbers:
        a, b, c = await asyncio.gather(loop_fact(n), reduce_fact(n), prod_fact(n))
        print(n, a, a == b == c)

asyncio.run(calculate_factorials([0, 5, 12]))
