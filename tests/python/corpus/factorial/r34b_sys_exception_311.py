# Python 3.11's sys.exception() inside except blocks of the factorial tasks.
import asyncio
import sys


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f"negative {n}")
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def safe(n):
    try:
        return await factorial(n)
    except ValueError:
        exc = sys.exception()
        print("handling:", repr(exc), exc is sys.exc_info()[1])
        return None
    finally:
        print(f"finally for {n}: sys.exception() = {sys.exception()!r}")


async def main():
    print(await asyncio.gather(safe(4), safe(-2)))
    print("outside:", sys.exception())


asyncio.run(main())
