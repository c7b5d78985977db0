# A dataclass holds each result and is printed with its generated repr
import asyncio
from dataclasses import dataclass


@dataclass(order=True)
class Result:
    n: int
    value: int


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        v *= i
    return Result(n, v)


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for r in sorted(results, reverse=True):
        print(r)
    print(max(results))


asyncio.run(calculate_factorials([5, 7, 3, 6]))
