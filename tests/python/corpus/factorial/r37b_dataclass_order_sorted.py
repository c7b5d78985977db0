# Results held in an ordered dataclass, then sorted, compared and printed with its repr.
import asyncio
from dataclasses import dataclass, field, asdict


@dataclass(order=True)
class FactResult:
    value: int
    n: int = field(compare=False)
    steps: list = field(default_factory=list, repr=False, compare=False)


async def factorial(n):
    res = FactResult(1, n)
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        res.value *= i
        res.steps.append(i)
    return res


async def main():
    results = await asyncio.gather(*(factorial(n) for n in [6, 2, 4, 0]))
    for r in sorted(results, reverse=True):
        print(r)
    print(max(results).n, min(results) < results[0])
    print(asdict(results[2]))


asyncio.run(main())
