# Factorial exercise: functools.reduce with operator.mul over the numbers collected while sleeping.
import asyncio
import operator
from functools import reduce

async def factorial(n):
    factors = []
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        factors.append(i)
    return reduce(operator.mul, factors, 1)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(dict(zip(numbers, results)))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
