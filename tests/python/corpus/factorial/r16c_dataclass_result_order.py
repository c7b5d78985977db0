# A dataclass for each result, sorted by value and printed with its repr
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Result:
    value: int
    n: int = field(compare=False)
    steps: int = field(default=0, compare=False)

async def factorial(n):
    r = Result(1, n)
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r.value *= i
        r.steps += 1
    return r

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for r in sorted(results, reverse=True):
        print(r)
    print(max(results).n, min(results).n)

asyncio.run(calculate_factorials([5, 7, 3, 6]))
