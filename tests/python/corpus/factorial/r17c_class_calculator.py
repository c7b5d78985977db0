# A class keeps the numbers and the results; its methods are coroutines
import asyncio


class FactorialCalculator:
    def __init__(self, numbers):
        self.numbers = numbers
        self.results = {}

    async def factorial(self, n):
        value = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            value *= i
        self.results[n] = value

    async def run(self):
        await asyncio.gather(*(self.factorial(n) for n in self.numbers))

    def report(self):
        for n in sorted(self.results):
            print(f'{n}! = {self.results[n]}')


calc = FactorialCalculator([5, 7, 3, 6])
print('Main - Starting')
asyncio.run(calc.run())
calc.report()
print('Main - Done')
