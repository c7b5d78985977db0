# A class holding a number and its factorial once computed.
import asyncio

class Factorial:
    def __init__(self, n):
        self.n = n
        self.value = None

    async def compute(self):
        value = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(0.01)
            value *= i
        self.value = value
        return self

    def __repr__(self):
        return f"Factorial(n={self.n!r}, value={self.value!r})"

async def main():
    items = [Factorial(n) for n in (5, 3, 8)]
    print(items)
    done = await asyncio.gather(*(f.compute() for f in items))
    print(done)
    print(done[0] is items[0])

asyncio.run(main())
