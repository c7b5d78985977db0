# a class with a property and cached_property over an awaited factorial
import asyncio
from functools import cached_property

class Number:
    def __init__(self, n):
        self._n = n
        self.factorial = None

    @property
    def n(self):
        return self._n

    @n.setter
    def n(self, value):
        if value < 0:
            raise ValueError("n must be >= 0")
        self._n = value
        self.factorial = None

    async def compute(self):
        await asyncio.sleep(0.01)
        f = 1
        for i in range(2, self._n + 1):
            f *= i
        self.factorial = f
        return self

    @cached_property
    def digits(self):
        print("  (counting digits)")
        return len(str(self.factorial))

async def main():
    x = await Number(25).compute()
    print(x.n, x.factorial, x.digits, x.digits)
    x.n = 5
    print(x.factorial, (await x.compute()).factorial, x.digits)
    try:
        x.n = -1
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
