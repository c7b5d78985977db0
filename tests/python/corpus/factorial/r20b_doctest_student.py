# Harness runs doctest on the student's async factorial docstring examples.
import asyncio, doctest, io, os, contextlib
HERE = os.path.dirname(__file__) + os.sep

async def factorial(n):
    """Return n! asynchronously.

    >>> asyncio.run(factorial(5))
    120
    >>> asyncio.run(factorial(0))
    1
    >>> asyncio.run(factorial(3))
    7
    >>> asyncio.run(factorial(-1))
    Traceback (most recent call last):
        ...
    ValueError: negative
    """
    if n < 0:
        raise ValueError('negative')
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    res = doctest.testmod(verbose=False)
print(buf.getvalue().replace(HERE, ''), end='')
print(f'attempted={res.attempted} failed={res.failed}')
print(res)
