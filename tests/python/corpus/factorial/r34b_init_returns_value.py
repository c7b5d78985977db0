# A class that computes its factorial in __init__ and returns it from there.
import asyncio
import math


class Factorial:
    def __init__(self, n):
        self.n = n
        self.value = math.factorial(n)
        return self.value

    async def slowly(self):
        await asyncio.sleep(0.01)
        return self.value


async def main():
    print("about to make one")
    f = Factorial(5)
    print(await f.slowly())


asyncio.run(main())
