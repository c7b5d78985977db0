# Student writes doctests in the docstring and runs them with doctest.testmod (verbose run).
import asyncio
import doctest


def factorial(n):
    """Return n!.

    >>> factorial(5)
    120
    >>> factorial(0)
    1
    >>> factorial(4)
    24
    """
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    await asyncio.sleep(0.01)
    print(factorial(6))


if __name__ == "__main__":
    print(doctest.testmod(verbose=True))
    asyncio.run(main())
