# NamedTuple result records, sorted by n and printed as a table.
import asyncio
from typing import NamedTuple


class Fact(NamedTuple):
    n: int
    value: int
    digits: int


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        v *= i
    return Fact(n, v, len(str(v)))


async def main():
    facts = await asyncio.gather(*(factorial(n) for n in [12, 5, 8, 1]))
    print(facts[0])
    print(f"{'n':>3} | {'n!':>12} | digits")
    for f in sorted(facts):
        print(f"{f.n:>3} | {f.value:>12} | {f.digits}")
    print(facts[1]._asdict())
    print(facts[2]._replace(value=0))


asyncio.run(main())
