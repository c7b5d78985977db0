# Doctests in the docstring of my factorial, run on the docstring text; one expected value is wrong.
import asyncio
import doctest


def factorial(n):
    """Return n! computed with a loop.

    >>> factorial(0)
    1
    >>> factorial(5)
    120
    >>> factorial(6)
    620
    >>> [factorial(k) for k in range(4)]
    [1, 1, 2, 6]
    """
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    await asyncio.sleep(0.01)
    doctest.run_docstring_examples(factorial.__doc__, {'factorial': factorial}, name='factorial')
    print(doctest.run_docstring_examples(factorial.__doc__, globals(), verbose=True, name='again'))


asyncio.run(main())
