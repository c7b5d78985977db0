# a class whose method is the coroutine, with a __repr__ of its results
import asyncio

class FactorialCalculator:
    def __init__(self, delay=0.1):
        self.delay = delay
        self.results = {}

    async def factorial(self, n):
        total = 1
        for i in range(2, n + 1):
            await asyncio.sleep(self.delay)
            total *= i
        self.results[n] = total
        return total

    async def run(self, numbers):
        await asyncio.gather(*(self.factorial(n) for n in numbers))
        return self

    def __repr__(self):
        return f"FactorialCalculator({self.results})"

def main():
    print('Main - Starting')
    calc = asyncio.run(FactorialCalculator(0.05).run([5, 7, 3, 6]))
    print(calc)
    print('Main - Done')

if __name__ == '__main__':
    main()
