# warnings.warn for odd inputs, shown once per place, beside the results
import asyncio
import warnings

async def factorial(n):
    if isinstance(n, float):
        warnings.warn(f"{n} is a float, using int({n})", UserWarning)
        n = int(n)
    if n > 20:
        warnings.warn("big input", RuntimeWarning, stacklevel=2)
    await asyncio.sleep(0.01)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

async def main():
    for x in (4, 5.7, 2.0, 25, 30):
        print(x, await factorial(x))

asyncio.run(main())
