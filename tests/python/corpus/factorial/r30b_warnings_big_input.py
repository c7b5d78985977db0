# Warn (not fail) when a number is big enough to be slow.
import asyncio
import warnings


class SlowFactorialWarning(UserWarning):
    pass


async def factorial(n):
    if n > 20:
        warnings.warn(f"{n}! will take a while", SlowFactorialWarning, stacklevel=2)
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.01)
    return f


async def main():
    print("start")
    vals = await asyncio.gather(factorial(5), factorial(25), factorial(30))
    print([len(str(v)) for v in vals])
    warnings.simplefilter("error")
    await factorial(50)


asyncio.run(main())
