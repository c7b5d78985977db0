import asyncio
from typing import NamedTuple
from enum import Enum

class Size(Enum):
    SMALL = "small"
    BIG = "big"

class Result(NamedTuple):
    n: int
    value: int

    @property
    def size(self):
        return Size.BIG if self.value > 1000 else Size.SMALL

async def factorial(n):
    value = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        value *= i
    return Result(n, value)

async def main():
    for r in await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6, 0]]):
        match r:
            case Result(n=0):
                print("zero case:", r)
            case Result(value=v) if r.size is Size.BIG:
                print(f"big one {r.n}: {v}", r.size)
            case Result(n, v):
                print(f"small {n}: {v}", r.size.value, r._asdict())

asyncio.run(main())
