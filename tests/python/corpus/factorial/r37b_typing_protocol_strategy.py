# Different factorial strategies behind a Protocol, checked with isinstance at run time.
import asyncio
import math
from functools import reduce
from operator import mul
from typing import Protocol, runtime_checkable


@runtime_checkable
class Strategy(Protocol):
    async def __call__(self, n: int) -> int: ...


class Loop:
    async def __call__(self, n):
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.002)
            r *= i
        return r


class Reduce:
    async def __call__(self, n):
        await asyncio.sleep(0.01)
        return reduce(mul, range(1, n + 1), 1)


class Prod:
    async def compute(self, n):
        return math.prod(range(1, n + 1))


async def main():
    for s in (Loop(), Reduce(), Prod()):
        if isinstance(s, Strategy):
            print(type(s).__name__, await asyncio.gather(*(s(n) for n in (0, 5, 10))))
        else:
            print(type(s).__name__, "is not a Strategy")


asyncio.run(main())
