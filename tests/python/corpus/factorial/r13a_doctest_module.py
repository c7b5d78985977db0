import asyncio

async def factorial(n):
    """Return n! after sleeping a little each step.

    >>> asyncio.run(factorial(5))
    120
    >>> asyncio.run(factorial(0))
    1
    >>> [asyncio.run(factorial(n)) for n in range(4)]
    [1, 1, 2, 6]
    """
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.001)
        result *= i
    return result

if __name__ == '__main__':
    import doctest
    print(doctest.testmod(verbose=True))
