# Class-based student solution graded through its methods, with a results table.
import asyncio

class FactorialCalculator:
    def __init__(self, delay=0.1):
        self.delay = delay
        self.log = []

    async def factorial(self, n):
        total = 1
        for i in range(n, 0, -1):
            await asyncio.sleep(self.delay)
            total *= i
        self.log.append(n)
        return total

    async def calculate(self, numbers):
        return await asyncio.gather(*(self.factorial(n) for n in numbers))

    def __repr__(self):
        return f'{type(self).__name__}(delay={self.delay})'

calc = FactorialCalculator(0.05)
nums = [5, 7, 3, 6, 0]
results = asyncio.run(calc.calculate(nums))
print(repr(calc))
print(f"{'n':^5}|{'n!':^8}|{'order':^7}")
for n, r in zip(nums, results):
    print(f'{n:^5}|{r:^8}|{calc.log.index(n) + 1:^7}')
print('finish order:', calc.log)
assert calc.log == sorted(nums), 'should finish smallest first'
print('passed')
