# added doctests to my factorial helpers and ran doctest.testmod
import asyncio
import doctest

def factorial_sync(n):
    """Return n!.

    >>> factorial_sync(5)
    120
    >>> [factorial_sync(n) for n in range(4)]
    [1, 1, 2, 6]
    """
    return 1 if n < 2 else n * factorial_sync(n - 1)

async def factorial(n):
    """Async version.

    >>> asyncio.run(factorial(6))
    720
    >>> asyncio.run(factorial(3))
    6
    """
    await asyncio.sleep(0.001)
    return factorial_sync(n)

if __name__ == '__main__':
    print(doctest.testmod())
