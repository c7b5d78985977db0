# Running my factorial's doctests in verbose mode to see each example pass.
import asyncio
import doctest


def fact(n):
    """
    >>> fact(4)
    24
    >>> fact(-1)
    Traceback (most recent call last):
        ...
    ValueError: negative
    """
    if n < 0:
        raise ValueError("negative")
    return 1 if n < 2 else n * fact(n - 1)


test = doctest.DocTestParser().get_doctest(fact.__doc__, {"fact": fact}, "fact", "fact.py", 0)
runner = doctest.DocTestRunner(verbose=True)
runner.run(test)
print(runner.summarize(verbose=True))


async def main():
    await asyncio.sleep(0.01)
    print("async part:", fact(6))


asyncio.run(main())
