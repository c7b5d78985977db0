# wanted "await Factorial(5)" to work, so my class defines __await__
import asyncio

class Factorial:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'Factorial({self.n})'

    async def _compute(self):
        result = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(0.01)
            result *= i
        return result

    def __await__(self):
        return self._compute().__await__()

async def main():
    print('5! =', await Factorial(5))
    results = await asyncio.gather(Factorial(3), Factorial(6))
    print('gathered:', results)
    t = asyncio.ensure_future(Factorial(4))
    print('ensure_future gave a', type(t).__name__, 'and', await t)
    await asyncio.create_task(Factorial(2))

asyncio.run(main())
