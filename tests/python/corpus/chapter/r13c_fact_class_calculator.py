import asyncio

class FactorialCalculator:
    def __init__(self, delay=0.01):
        self.delay = delay
        self.steps = 0
        self.results = {}

    async def factorial(self, number):
        result = 1
        for i in range(1, number + 1):
            await asyncio.sleep(self.delay)
            self.steps += 1
            result *= i
        self.results[number] = result
        return result

    async def calculate(self, numbers):
        return await asyncio.gather(*(self.factorial(n) for n in numbers))

    def __str__(self):
        return f'FactorialCalculator(steps={self.steps}, done={sorted(self.results)})'

def main():
    print('Main - Starting')
    calc = FactorialCalculator()
    print(asyncio.run(calc.calculate([5, 7, 3, 6])))
    print(calc)
    print(calc.results)
    print('Main - Done')

if __name__ == '__main__':
    main()
