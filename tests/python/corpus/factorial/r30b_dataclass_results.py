# Results stored in a dataclass, printed with its generated repr and sorted by value.
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class FactorialResult:
    value: int
    n: int = field(compare=False)
    steps: int = field(default=0, compare=False)


async def factorial(n: int) -> FactorialResult:
    value, steps = 1, 0
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        value *= i
        steps += 1
    return FactorialResult(value, n, steps)


async def main():
    results = await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6]])
    for r in results:
        print(r)
    print("sorted:", [r.n for r in sorted(results)])
    print("max:", max(results))


asyncio.run(main())
