# an abstract calculator with two async subclasses using super()
import asyncio
from abc import ABC, abstractmethod

class Calculator(ABC):
    def __init__(self, delay):
        self.delay = delay
        self.calls = 0

    @abstractmethod
    async def compute(self, n): ...

    async def run(self, numbers):
        self.calls += len(numbers)
        return await asyncio.gather(*(self.compute(n) for n in numbers))

class Iterative(Calculator):
    async def compute(self, n):
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(self.delay)
            r *= i
        return r

class Verbose(Iterative):
    async def compute(self, n):
        r = await super().compute(n)
        print(f"{type(self).__name__}: {n}! = {r}")
        return r

async def main():
    print(await Iterative(0.01).run([3, 4]))
    v = Verbose(0.01)
    print(await v.run([5]), v.calls, Verbose.__mro__[1].__name__)
    try:
        Calculator(0.1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
