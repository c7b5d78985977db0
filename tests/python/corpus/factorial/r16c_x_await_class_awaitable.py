# An awaitable class with __await__ delegating to a coroutine
import asyncio

class Factorial:
    def __init__(self, n):
        self.n = n

    async def _compute(self):
        f = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(0.05)
            f *= i
        return f

    def __await__(self):
        return self._compute().__await__()

async def main():
    print(await Factorial(5))
    print(await asyncio.gather(Factorial(3), Factorial(4)))
    t = asyncio.ensure_future(Factorial(6))
    print(type(t).__name__, await t)

asyncio.run(main())
