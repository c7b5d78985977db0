# A Factorial object whose __len__ returns its value; fine for small n, too big for 25.
import asyncio


class Factorial:
    def __init__(self, n):
        self.n = n
        self.value = None

    async def compute(self):
        v = 1
        for i in range(2, self.n + 1):
            v *= i
        await asyncio.sleep(0.01)
        self.value = v
        return self

    def __len__(self):
        return self.value

    def __bool__(self):
        return self.value is not None


async def main():
    small = Factorial(5)
    print("before:", bool(small))
    await small.compute()
    print("after:", bool(small), len(small))
    big = await Factorial(25).compute()
    print(len(big))


asyncio.run(main())
