# A class whose instances can be awaited directly: __await__ delegates to a coroutine.
import asyncio


class Factorial:
    def __init__(self, n):
        self.n = n

    async def _compute(self):
        acc = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(0.01)
            acc *= i
        return acc

    def __await__(self):
        return self._compute().__await__()

    def __repr__(self):
        return f"Factorial({self.n})"


async def main():
    f = Factorial(6)
    print(f, "=", await f)
    items = [Factorial(n) for n in (3, 4, 5)]
    print(dict(zip(map(repr, items), await asyncio.gather(*items))))


asyncio.run(main())
