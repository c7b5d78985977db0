# Checking my factorial helper's docstring examples with doctest before using it in the async program.
import asyncio
import doctest


def fact(n):
    """Return n! for n >= 0.

    >>> fact(0)
    1
    >>> fact(5)
    120
    >>> [fact(i) for i in range(6)]
    [1, 1, 2, 6, 24, 120]
    >>> fact(3)
    7
    """
    return 1 if n < 2 else n * fact(n - 1)


async def afact(n):
    await asyncio.sleep(0.01)
    return fact(n)


if __name__ == "__main__":
    test = doctest.DocTestParser().get_doctest(fact.__doc__, globals(), "fact", "fact.py", 0)
    runner = doctest.DocTestRunner()
    runner.run(test)
    print(runner.summarize(verbose=False))
    print(asyncio.run(afact(7)))
