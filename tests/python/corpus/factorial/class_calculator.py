# Factorial exercise: a class holds the numbers and the results; a static method does one step.
import asyncio

class FactorialCalculator:
    def __init__(self, numbers):
        self.numbers = list(numbers)
        self.results = {}

    @staticmethod
    async def step(acc, i):
        await asyncio.sleep(0.1)
        return acc * i

    async def factorial(self, n):
        acc = 1
        for i in range(1, n + 1):
            acc = await self.step(acc, i)
        self.results[n] = acc

    async def run(self):
        await asyncio.gather(*[self.factorial(n) for n in self.numbers])
        return self

    def __repr__(self):
        return f'FactorialCalculator({self.results})'

def main():
    print('Main - Starting')
    calc = asyncio.run(FactorialCalculator([5, 7, 3, 6]).run())
    print(calc)
    print('Main - Done')

if __name__ == '__main__':
    main()
