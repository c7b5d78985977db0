"""The exercise as a module with doctests, run verbosely.

>>> sorted(RESULTS)
[3, 5, 6, 7]
"""
import asyncio

RESULTS = {}

async def factorial(n):
    """
    >>> asyncio.run(factorial(5))
    120
    """
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    RESULTS[n] = result
    return result

async def calculate_factorials(numbers):
    """
    >>> asyncio.run(calculate_factorials([3, 4]))
    3! = 6
    4! = 24
    """
    for n, r in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(f'{n}! = {r}')

def helper():
    pass

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
    import doctest
    results = doctest.testmod(verbose=True)
    print(results.failed, results.attempted)
