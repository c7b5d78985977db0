# A calculator class with a classmethod constructor and static helpers.
import asyncio

class FactorialCalculator:
    delay = 0.01

    def __init__(self, numbers):
        self.numbers = list(numbers)

    @classmethod
    def from_string(cls, text):
        return cls(int(t) for t in text.split(","))

    @staticmethod
    async def factorial(n):
        r = 1
        for i in range(1, n + 1):
            await asyncio.sleep(FactorialCalculator.delay)
            r *= i
        return r

    async def run(self):
        return dict(zip(self.numbers, await asyncio.gather(*map(self.factorial, self.numbers))))

    def __len__(self):
        return len(self.numbers)

calc = FactorialCalculator.from_string("5, 3,4")
print(len(calc), calc.numbers)
print(asyncio.run(calc.run()))
