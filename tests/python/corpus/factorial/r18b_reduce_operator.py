import asyncio
import functools
import operator

async def factorial(n):
    # The exercise wants a sleep each time round the loop.
    numbers = []
    for i in range(1, n + 1):
        numbers.append(i)
        await asyncio.sleep(0.1)
    return functools.reduce(operator.mul, numbers, 1)

async def calculate_factorials(numbers):
    coros = [factorial(n) for n in numbers]
    results = await asyncio.gather(*coros)
    for n, r in zip(numbers, results):
        print('{}! = {}'.format(n, r))
    print('sum of all =', functools.reduce(lambda a, b: a + b, results))

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6, 0]))
    print('Main - Done')

if __name__ == '__main__':
    main()
