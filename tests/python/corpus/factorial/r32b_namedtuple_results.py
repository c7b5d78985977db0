# Results as a NamedTuple, sorted and printed with _asdict and _replace.
import asyncio
from typing import NamedTuple


class Result(NamedTuple):
    n: int
    value: int
    steps: int = 0


async def factorial(n):
    value, steps = 1, 0
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        value *= i
        steps += 1
    return Result(n, value, steps)


async def main():
    results = await asyncio.gather(*[factorial(n) for n in [6, 2, 9]])
    for r in sorted(results, key=lambda r: r.value):
        print(r)
    print(results[0]._asdict())
    print(results[1]._replace(value=-1))
    n, value, steps = results[2]
    print(n, value, steps, Result._fields)


asyncio.run(main())
