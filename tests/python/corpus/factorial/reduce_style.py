# Factorial exercise: wait once per step, then multiply with functools.reduce and operator.mul.
import asyncio
from functools import reduce
from operator import mul

async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.1)
    return reduce(mul, range(1, n + 1), 1)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*map(factorial, numbers))
    print(list(zip(numbers, results)))

asyncio.run(calculate_factorials([5, 7, 3, 6, 0]))
