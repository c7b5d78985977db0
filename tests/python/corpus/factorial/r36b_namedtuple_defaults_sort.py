# typing.NamedTuple results with a default field, sorted by digit count then n.
import asyncio
from typing import NamedTuple


class Result(NamedTuple):
    n: int
    value: int
    note: str = ""

    @property
    def digits(self):
        return len(str(self.value))


async def factorial(n):
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.01)
    return Result(n, v, "big" if v > 10**6 else "")


async def main():
    results = await asyncio.gather(*map(factorial, [12, 3, 9, 10, 1]))
    for r in sorted(results, key=lambda r: (-r.digits, r.n)):
        print(f"{r.n:>2} {r.digits:>2} {r.value:>12,} {r.note or '-'}")
    print(results[1])
    print(results[1]._asdict())
    print(Result._field_defaults, Result._fields)


asyncio.run(main())
