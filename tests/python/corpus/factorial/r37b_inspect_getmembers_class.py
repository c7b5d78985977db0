# Listing a calculator class's coroutine methods with inspect.getmembers before running them all.
import asyncio
import inspect
import math


class Calculators:
    async def loop(self, n):
        r = 1
        for i in range(2, n + 1):
            r *= i
        return r

    async def library(self, n):
        return math.factorial(n)

    def helper(self):
        return "not async"

    async def _private(self, n):
        return -1


async def main():
    calc = Calculators()
    methods = inspect.getmembers(calc, inspect.iscoroutinefunction)
    print([name for name, _ in methods])
    public = [(name, m) for name, m in methods if not name.startswith("_")]
    results = await asyncio.gather(*(m(10) for _, m in public))
    print(dict(zip((n for n, _ in public), results)))
    print(inspect.ismethod(calc.loop), inspect.isfunction(Calculators.loop), inspect.getmodule(calc).__name__)
    print(inspect.getfullargspec(Calculators.loop).args, inspect.signature(calc.loop))


asyncio.run(main())
