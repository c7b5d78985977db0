import asyncio

class FactorialCalculator:
    delay = 0.01

    def __init__(self, name):
        self.name = name
        self.steps = 0

    async def factorial(self, n):
        result = 1
        for i in range(2, n + 1):
            await asyncio.sleep(self.delay)
            self.steps += 1
            result *= i
        return result

    async def run(self, numbers):
        results = await asyncio.gather(*[self.factorial(n) for n in numbers])
        return dict(zip(numbers, results))

    def __str__(self):
        return f'{self.name} ({self.steps} steps)'

calc = FactorialCalculator('calc-1')
answers = asyncio.run(calc.run([5, 7, 3, 6]))
for k, v in answers.items():
    print(f'{k}! = {v}')
print(calc)
