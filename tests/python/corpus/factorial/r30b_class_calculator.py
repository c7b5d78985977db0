# An OOP solution: a FactorialCalculator class with an async run() and a __repr__.
import asyncio


class FactorialCalculator:
    count = 0

    def __init__(self, numbers, delay=0.01):
        self.numbers = list(numbers)
        self.delay = delay
        self.results = {}
        FactorialCalculator.count += 1

    def __repr__(self):
        return f"{type(self).__name__}(numbers={self.numbers!r}, done={len(self.results)})"

    async def _factorial(self, n):
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(self.delay)
            f *= i
        self.results[n] = f
        return f

    async def run(self):
        await asyncio.gather(*(self._factorial(n) for n in self.numbers))
        return self

    @classmethod
    def from_string(cls, text):
        return cls(int(x) for x in text.split())


calc = FactorialCalculator.from_string("5 7 3 6")
print(calc)
print(asyncio.run(calc.run()))
print(dict(sorted(calc.results.items())))
print(FactorialCalculator.count, asyncio.run(FactorialCalculator([2]).run()).results)
