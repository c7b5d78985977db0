# Factorial exercise: a class with an async method and a running log.
import asyncio

class FactorialCalculator:
    def __init__(self, delay=0.1):
        self.delay = delay
        self.log = []

    async def factorial(self, n):
        result = 1
        for i in range(2, n + 1):
            await asyncio.sleep(self.delay)
            result *= i
        self.log.append(n)
        return result

    async def run(self, numbers):
        return await asyncio.gather(*[self.factorial(n) for n in numbers])

calc = FactorialCalculator()
print(asyncio.run(calc.run([5, 7, 3, 6])))
print('finish order:', calc.log)
