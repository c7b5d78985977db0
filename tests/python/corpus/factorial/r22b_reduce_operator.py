import asyncio
from functools import reduce
import operator

async def factorial(n):
    numbers = []
    for i in range(1, n + 1):
        numbers.append(i)
        await asyncio.sleep(0.1)
    return reduce(operator.mul, numbers, 1)

async def calculate_factorials(values):
    answers = await asyncio.gather(*map(factorial, values))
    for v, a in zip(values, answers):
        print('%3d! = %8d' % (v, a))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 0]))
    print('Main - Done')

if __name__ == '__main__':
    main()
