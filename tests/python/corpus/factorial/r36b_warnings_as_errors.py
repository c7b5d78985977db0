# Warn about large inputs with warnings.warn; later turn warnings into errors with a filter.
import asyncio
import warnings


async def factorial(n):
    if n > 20:
        warnings.warn(f"{n}! will not fit in 64 bits", RuntimeWarning, stacklevel=2)
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.01)
    return r


async def main():
    print(await factorial(10))
    print(await factorial(25))
    print(await factorial(30))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await factorial(21)
        await factorial(22)
    print([str(w.message) for w in caught], caught[0].category.__name__)
    warnings.simplefilter("error")
    await factorial(40)


asyncio.run(main())
