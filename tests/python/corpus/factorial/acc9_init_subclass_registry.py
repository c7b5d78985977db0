# Strategies registered by __init_subclass__ with a keyword, each computing n! its own way.
import asyncio
import math
from functools import reduce

class Strategy:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.name = name or cls.__name__.lower()
        Strategy.registry[cls.name] = cls

    async def run(self, n):
        await asyncio.sleep(0.01 * n)
        return self.compute(n)

class Loop(Strategy, name="loop"):
    def compute(self, n):
        r = 1
        for i in range(2, n + 1):
            r *= i
        return r

class Reduce(Strategy, name="reduce"):
    def compute(self, n):
        return reduce(lambda a, b: a * b, range(1, n + 1), 1)

class MathLib(Strategy):
    def compute(self, n):
        return math.factorial(n)

async def main():
    print(list(Strategy.registry))
    for name, cls in Strategy.registry.items():
        values = await asyncio.gather(*(cls().run(n) for n in (0, 1, 5, 7)))
        print(f"{name:>8}: {values}")
    try:
        class Bad(Strategy, colour="red"):
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
