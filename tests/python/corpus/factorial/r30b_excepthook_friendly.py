# A friendlier error message for my users via sys.excepthook.
import asyncio
import sys


def friendly(exc_type, exc, tb):
    print(f"Sorry! {exc_type.__name__}: {exc}", file=sys.stderr)
    print("(the factorial program stopped)", file=sys.stderr)


sys.excepthook = friendly


async def factorial(n):
    if n < 0:
        raise ValueError(f"no factorial for {n}")
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def main():
    print(await factorial(5))
    print(await factorial(-1))


asyncio.run(main())
