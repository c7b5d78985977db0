# Recording DeprecationWarnings from my old API with warnings.catch_warnings(record=True).
import asyncio
import math
import warnings


async def old_factorial(n):
    warnings.warn("old_factorial() is deprecated; use factorial()", DeprecationWarning, stacklevel=2)
    await asyncio.sleep(0.005)
    return math.factorial(n)


async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        values = [await old_factorial(n) for n in (3, 4)]
    print(values, len(caught))
    for w in caught:
        print(w.category.__name__, str(w.message), w.lineno)
    print(await old_factorial(5))
    warnings.filterwarnings("ignore", message="old_")
    print(await old_factorial(6))
    warnings.resetwarnings()
    warnings.simplefilter("default")
    print(await old_factorial(7))


asyncio.run(main())
