# Different warning categories from the factorial helpers: which ones does Python show by default?
import asyncio
import warnings


async def factorial(n):
    if isinstance(n, float):
        warnings.warn("float input converted to int", DeprecationWarning)
        n = int(n)
    if n > 100:
        warnings.warn("this will be big", PendingDeprecationWarning)
    if n == 0:
        warnings.warn("0! is 1 by definition", RuntimeWarning)
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.001)
    return r


async def main():
    for n in (5.0, 150, 0, 0, 5.0):
        print(n, "->", len(str(await factorial(n))), "digits")
    warnings.simplefilter("error", RuntimeWarning)
    try:
        await factorial(0)
    except RuntimeWarning as w:
        print("now an error:", w)
    warnings.warn("bytes warning", BytesWarning)
    warnings.warn("last one", FutureWarning)


asyncio.run(main())
