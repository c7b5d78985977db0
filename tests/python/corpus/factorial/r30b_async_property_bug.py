# I made value an async @property, then used it like a number.
import asyncio


class Factorial:
    def __init__(self, n):
        self.n = n

    @property
    async def value(self):
        f = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(0.001)
            f *= i
        return f


async def main():
    fact = Factorial(5)
    print("awaited:", await fact.value)
    print("doubled:", fact.value * 2)


asyncio.run(main())
