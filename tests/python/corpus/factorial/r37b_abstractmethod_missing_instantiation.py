# An ABC with an abstract async method and an abstract property: instantiating the half-done subclass fails.
import asyncio
from abc import ABC, abstractmethod


class Solver(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @abstractmethod
    async def solve(self, n): ...


class Good(Solver):
    name = "good"

    async def solve(self, n):
        await asyncio.sleep(0.01)
        return 1 if n < 2 else n * await self.solve(n - 1)


class HalfDone(Solver):
    async def solve(self, n):
        return 0


async def main():
    print(Good().name, await Good().solve(6))
    print(sorted(Solver.__abstractmethods__), sorted(HalfDone.__abstractmethods__))
    s = HalfDone()


asyncio.run(main())
