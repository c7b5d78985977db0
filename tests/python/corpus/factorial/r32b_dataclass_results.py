# A dataclass holds each result; sort by number of digits descending.
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class FactResult:
    digits: int
    n: int = field(compare=False)
    value: int = field(compare=False, repr=False)


async def compute(n: int) -> FactResult:
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.01 * (n % 3))
    return FactResult(len(str(v)), n, v)


async def main():
    results = await asyncio.gather(*(compute(n) for n in [25, 5, 12, 40, 1]))
    for r in sorted(results, reverse=True):
        print(r)
    print(results[1] == FactResult(3, 99, 0))


asyncio.run(main())
