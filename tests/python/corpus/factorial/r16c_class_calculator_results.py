# A FactorialCalculator class holding its numbers and results
import asyncio

class FactorialCalculator:
    def __init__(self, numbers, delay=0.1):
        self.numbers = list(numbers)
        self.delay = delay
        self.results = {}

    async def factorial(self, n):
        total = 1
        for i in range(2, n + 1):
            await asyncio.sleep(self.delay)
            total *= i
        self.results[n] = total
        return total

    async def run(self):
        await asyncio.gather(*map(self.factorial, self.numbers))
        return self

    def __repr__(self):
        return f'FactorialCalculator({self.numbers}, results={self.results})'

calc = asyncio.run(FactorialCalculator([5, 7, 3, 6]).run())
print(calc)
print(sorted(calc.results.items()))
