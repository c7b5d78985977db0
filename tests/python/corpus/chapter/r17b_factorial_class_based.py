# The exercise written as a class with an async method and a summary property
import asyncio

class FactorialCalculator:
    def __init__(self, numbers):
        self.numbers = numbers
        self.results = {}

    async def factorial(self, n):
        value = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            value *= i
        self.results[n] = value

    async def run(self):
        await asyncio.gather(*(self.factorial(n) for n in self.numbers))
        return self

    @property
    def summary(self):
        return ', '.join(f'{n}!={v}' for n, v in sorted(self.results.items()))

calc = asyncio.run(FactorialCalculator([5, 7, 3, 6]).run())
print(calc.summary)
print(len(calc.results), 'results')
