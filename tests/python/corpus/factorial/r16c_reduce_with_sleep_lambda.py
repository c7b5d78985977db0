# functools.reduce for the product after sleeping n steps, gathered in a list comprehension
import asyncio
from functools import reduce
import operator

async def factorial(n):
    for _ in range(n):
        await asyncio.sleep(0.1)
    return reduce(operator.mul, range(1, n + 1), 1)

async def calculate_factorials(numbers):
    coros = [factorial(n) for n in numbers]
    results = await asyncio.gather(*coros)
    print(dict(zip(numbers, results)))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 0]))
    print('Main - Done')

if __name__ == '__main__':
    main()
