# A class whose factorial is a property computed once, with a setter that resets it.
import asyncio

class Factorial:
    def __init__(self, n):
        self.n = n

    @property
    def n(self):
        return self._n

    @n.setter
    def n(self, value):
        if not isinstance(value, int):
            raise TypeError(f"n must be an int, not {type(value).__name__}")
        if value < 0:
            raise ValueError("n must be >= 0")
        self._n = value
        self._value = None

    async def compute(self):
        if self._value is None:
            r = 1
            for i in range(2, self._n + 1):
                await asyncio.sleep(0.01)
                r *= i
            self._value = r
        return self._value

    def __repr__(self):
        return f"Factorial(n={self._n!r}, cached={self._value is not None})"

async def main():
    fs = [Factorial(n) for n in (5, 7, 3)]
    print(fs)
    print(await asyncio.gather(*(f.compute() for f in fs)))
    print(fs)
    fs[0].n = 6
    print(fs[0], await fs[0].compute())
    for bad in ("4", -1, 2.0):
        try:
            fs[1].n = bad
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

asyncio.run(main())
