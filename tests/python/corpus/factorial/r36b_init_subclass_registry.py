# Registry of factorial strategies filled by __init_subclass__; run them all concurrently.
import asyncio
import math


class Strategy:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Strategy.registry[name or cls.__name__.lower()] = cls

    async def __call__(self, n):
        await asyncio.sleep(0.01)
        return self.compute(n)


class Loop(Strategy, name="loop"):
    def compute(self, n):
        r = 1
        for i in range(2, n + 1):
            r *= i
        return r


class Recursive(Strategy):
    def compute(self, n):
        return 1 if n < 2 else n * self.compute(n - 1)


class Builtin(Strategy, name="math"):
    compute = staticmethod(math.factorial)


async def main():
    names = list(Strategy.registry)
    results = await asyncio.gather(*(Strategy.registry[k]()(9) for k in names))
    print(dict(zip(names, results)))
    print(asyncio.iscoroutinefunction(Loop()), asyncio.iscoroutinefunction(Loop.__call__))


asyncio.run(main())
