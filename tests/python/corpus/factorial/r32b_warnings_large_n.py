# warnings.warn for large inputs, which still get computed.
import asyncio
import math
import warnings


async def factorial(n):
    if n > 100:
        warnings.warn(f"{n}! is very large", RuntimeWarning)
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    for n in (5, 150, 200, 150):
        v = await factorial(n)
        print(n, len(str(v)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            await factorial(101)
        except RuntimeWarning as w:
            print("as error:", w)


asyncio.run(main())
