import asyncio


class FactorialCalculator:
    def __init__(self, delay=0.1):
        self.delay = delay
        self.calls = 0

    async def factorial(self, n):
        self.calls += 1
        result = 1
        for i in range(1, n + 1):
            await asyncio.sleep(self.delay)
            result *= i
        return result

    async def run(self, numbers):
        results = await asyncio.gather(*[self.factorial(n) for n in numbers])
        return dict(zip(numbers, results))


def main():
    print('Main - Starting')
    calc = FactorialCalculator(0.05)
    table = asyncio.run(calc.run([5, 7, 3, 6]))
    for k in sorted(table):
        print(f'{k}! = {table[k]}')
    print('calls made:', calc.calls)
    print('Main - Done')


if __name__ == '__main__':
    main()
