# An abstract base class for calculators; I forget to implement the async method in one subclass.
import asyncio
from abc import ABC, abstractmethod


class Calculator(ABC):
    @abstractmethod
    async def compute(self, n: int) -> int:
        ...

    async def many(self, numbers):
        return await asyncio.gather(*(self.compute(n) for n in numbers))


class Iterative(Calculator):
    async def compute(self, n):
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            r *= i
        return r


class Lazy(Calculator):
    async def calculate(self, n):
        return 1


async def main():
    print(await Iterative().many([3, 4, 5]))
    print(await Lazy().many([3]))


asyncio.run(main())
