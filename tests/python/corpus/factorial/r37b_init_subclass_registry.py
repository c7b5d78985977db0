# Each factorial method registers itself via __init_subclass__; main runs all of them and compares.
import asyncio
import math
from functools import reduce


class Method:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Method.registry[name or cls.__name__.lower()] = cls

    async def __call__(self, n):
        await asyncio.sleep(0.002)
        return self.compute(n)


class Loop(Method, name="loop"):
    def compute(self, n):
        r = 1
        for i in range(2, n + 1):
            r *= i
        return r


class Recursive(Method):
    def compute(self, n):
        return 1 if n < 2 else n * self.compute(n - 1)


class Reduce(Method, name="reduce"):
    compute = staticmethod(lambda n: reduce(int.__mul__, range(1, n + 1), 1))


class Broken(Method, name="broken", extra=True):
    pass


async def main():
    print(sorted(Method.registry))


asyncio.run(main())
