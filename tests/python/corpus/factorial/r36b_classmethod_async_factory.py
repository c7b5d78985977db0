# An async classmethod builds a result object; a subclass overrides and calls super().
import asyncio


class FactResult:
    def __init__(self, n, value):
        self.n, self.value = n, value

    def __repr__(self):
        return f"{type(self).__name__}(n={self.n}, value={self.value})"

    @classmethod
    async def compute(cls, n):
        v = 1
        for i in range(2, n + 1):
            v *= i
        await asyncio.sleep(0.01)
        return cls(n, v)


class LoudResult(FactResult):
    @classmethod
    async def compute(cls, n):
        print(f"computing {n}! in {cls.__name__}")
        obj = await super().compute(n)
        print(f"done {n}!")
        return obj


async def main():
    print(await asyncio.gather(FactResult.compute(4), LoudResult.compute(6)))
    print(await LoudResult.compute.__func__(FactResult, 3))


asyncio.run(main())
