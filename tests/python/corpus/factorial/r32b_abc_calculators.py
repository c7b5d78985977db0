# An abstract base class for calculators; one subclass forgets to implement compute().
import asyncio
from abc import ABC, abstractmethod


class Calculator(ABC):
    @abstractmethod
    async def compute(self, n: int) -> int: ...

    async def many(self, numbers):
        return await asyncio.gather(*(self.compute(n) for n in numbers))


class LoopCalc(Calculator):
    async def compute(self, n):
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.005)
            r *= i
        return r


class RecursiveCalc(Calculator):
    async def compute(self, n):
        return 1 if n < 2 else n * await self.compute(n - 1)


class LazyCalc(Calculator):
    pass


async def main():
    for cls in (LoopCalc, RecursiveCalc, LazyCalc):
        calc = cls()
        print(cls.__name__, await calc.many([0, 4, 8]))


asyncio.run(main())
