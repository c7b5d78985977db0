# An abstract base class for calculators; I forgot to implement the abstract method in one subclass.
import asyncio
from abc import ABC, abstractmethod


class Calculator(ABC):
    @abstractmethod
    async def compute(self, n: int) -> int: ...

    @abstractmethod
    def name(self) -> str: ...

    async def run(self, numbers):
        return {n: await self.compute(n) for n in numbers}


class Iterative(Calculator):
    async def compute(self, n):
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.005)
            r *= i
        return r

    def name(self):
        return "iterative"


class Recursive(Calculator):
    async def compute_rec(self, n):
        return 1 if n < 2 else n * await self.compute_rec(n - 1)


async def main():
    for cls in (Iterative, Recursive):
        calc = cls()
        print(calc.name(), await calc.run([3, 5]))


asyncio.run(main())
