# the factorial exercise as a class with a results dict
import asyncio

class FactorialCalculator:
    def __init__(self, delay=0.01):
        self.delay = delay
        self.results = {}

    async def factorial(self, n):
        acc = 1
        for i in range(2, n + 1):
            await asyncio.sleep(self.delay)
            acc *= i
        self.results[n] = acc
        return acc

    async def run(self, numbers):
        await asyncio.gather(*(self.factorial(n) for n in numbers))
        return self

    def __repr__(self):
        return f'FactorialCalculator({len(self.results)} results)'

calc = asyncio.run(FactorialCalculator().run([5, 7, 3, 6]))
print(calc)
for n in sorted(calc.results):
    print(n, calc.results[n])
