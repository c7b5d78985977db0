# typing.NamedTuple results with a method, _replace and _asdict.
import asyncio
from typing import NamedTuple


class FactResult(NamedTuple):
    n: int
    value: int
    steps: int = 0

    def describe(self) -> str:
        return f"{self.n}! = {self.value:,} in {self.steps} steps"


async def factorial(n: int) -> FactResult:
    value, steps = 1, 0
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        value *= i
        steps += 1
    return FactResult(n, value, steps)


async def main():
    results = await asyncio.gather(*(factorial(n) for n in (4, 9, 1)))
    for r in results:
        print(r.describe())
    print(results[0])
    print(results[1]._asdict())
    print(results[2]._replace(value=-1))
    n, value, *_ = results[1]
    print(n, value, FactResult._fields, FactResult._field_defaults)


asyncio.run(main())
