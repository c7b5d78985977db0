# Factorial exercise: results as ordered dataclasses, sorted by value then printed.
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Result:
    value: int
    n: int = field(compare=False)
    steps: list = field(default_factory=list, compare=False, repr=False)

async def factorial(n):
    res = Result(1, n)
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        res.value *= i
        res.steps.append(res.value)
    return res

async def main():
    results = await asyncio.gather(*map(factorial, [6, 3, 0, 4]))
    for r in sorted(results, reverse=True):
        print(r, r.steps)
    print(Result(2, 2) < Result(6, 3), Result(1, 0) == Result(1, 1))

asyncio.run(main())
