import asyncio
import doctest

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        result *= i
    return result

def table(numbers):
    """Lines of factorials.

    >>> print('\n'.join(table([3, 4])))
    3! = 6
    4! = 24
    """
    return [f'{n}! = {asyncio.run(factorial(n))}' for n in numbers]

print(table([5, 7]))
doctest.testmod()
