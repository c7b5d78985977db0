import asyncio
import doctest
from functools import lru_cache

async def factorial(n):
    """Return n!, sleeping a little each step.

    >>> asyncio.run(factorial(6))
    720
    >>> asyncio.run(factorial(-1))
    Traceback (most recent call last):
        ...
    ValueError: n must be >= 0
    >>> asyncio.run(factorial(2.5))  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: floats
    >>> [asyncio.run(factorial(n)) for n in range(12)]  # doctest: +ELLIPSIS
    [1, 1, 2, 6, ..., 39916800]
    """
    if n < 0:
        raise ValueError('n must be >= 0')
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        result *= i
    return result + 0 * len(range(n))

@lru_cache
def fact(n):
    """
    >>> fact(20)
    2432902008176640000
    >>> x = fact(5); x
    120
    >>> _ * 2
    240
    """
    return 1 if n < 2 else n * fact(n - 1)

class Table:
    """Rows of factorials.

    >>> Table(3).rows()
    ['0! = 1', '1! = 1', '2! = 2', '3! = 6']
    >>> for row in Table(2).rows():
    ...     print(row.upper())
    0! = 1
    1! = 1
    2! = 2
    >>> print(Table(1).rows()[0], end='\\n\\n')
    0! = 1
    <BLANKLINE>
    """
    def __init__(self, n):
        self.n = n
    def rows(self):
        return [f'{i}! = {fact(i)}' for i in range(self.n + 1)]

print(doctest.testmod())
print(doctest.testmod(exclude_empty=True, verbose=False, report=False).attempted)
