# A class whose property returns a coroutine; I forgot it needs awaiting.
import asyncio


class Factorial:
    def __init__(self, n):
        self.n = n

    @property
    async def value(self):
        r = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(0.01)
            r *= i
        return r


async def main():
    f = Factorial(5)
    print("awaited:", await f.value)
    v = f.value
    print("without await:", type(v).__name__)
    print("doubled:", v * 2)


asyncio.run(main())
