# Strategy classes with an abstract async compute(); forgot to implement it in one.
import asyncio
from abc import ABC, abstractmethod


class FactorialStrategy(ABC):
    @abstractmethod
    async def compute(self, n: int) -> int: ...

    async def run(self, numbers):
        return [await self.compute(n) for n in numbers]


class Iterative(FactorialStrategy):
    async def compute(self, n):
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.001)
            f *= i
        return f


class Recursive(FactorialStrategy):
    async def compute(self, n):
        await asyncio.sleep(0.001)
        return 1 if n <= 1 else n * await self.compute(n - 1)


class Lazy(FactorialStrategy):
    async def run(self, numbers):
        return []


async def main():
    for cls in (Iterative, Recursive, Lazy):
        strategy = cls()
        print(cls.__name__, await strategy.run([5, 3]))


asyncio.run(main())
