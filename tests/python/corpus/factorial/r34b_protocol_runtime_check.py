# A runtime_checkable Protocol to accept any object with an async compute() method.
import asyncio
from typing import Protocol, runtime_checkable


@runtime_checkable
class Computes(Protocol):
    async def compute(self, n: int) -> int: ...


class Looping:
    async def compute(self, n):
        acc = 1
        for i in range(1, n + 1):
            acc *= i
        await asyncio.sleep(0.01)
        return acc


class NotACalculator:
    def calculate(self, n):
        return n


async def use(obj, n):
    if not isinstance(obj, Computes):
        raise TypeError(f"{type(obj).__name__} has no compute()")
    return await obj.compute(n)


async def main():
    print(await use(Looping(), 6))
    print(isinstance(NotACalculator(), Computes), issubclass(Looping, Computes))
    print(await use(NotACalculator(), 6))


asyncio.run(main())
