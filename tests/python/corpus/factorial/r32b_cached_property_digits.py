# A Factorial object computed asynchronously, with cached_property for its digit statistics.
import asyncio
from functools import cached_property


class Factorial:
    def __init__(self, n):
        self.n = n
        self.value = None

    async def compute(self):
        v = 1
        for i in range(2, self.n + 1):
            v *= i
            if i % 10 == 0:
                await asyncio.sleep(0.01)
        self.value = v
        return self

    @cached_property
    def digits(self):
        print(f"  (counting digits of {self.n}!)")
        return len(str(self.value))

    @property
    def zeros(self):
        s = str(self.value)
        return len(s) - len(s.rstrip("0"))


async def main():
    objs = await asyncio.gather(*(Factorial(n).compute() for n in (30, 50)))
    for f in objs:
        print(f.n, f.digits, f.digits, f.zeros)
    print(sorted(vars(objs[0])))
    try:
        objs[0].zeros = 3
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
