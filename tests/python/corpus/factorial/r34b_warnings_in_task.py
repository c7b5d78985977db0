# Warn (not fail) when a number is large, from inside the task.
import asyncio
import math
import warnings


async def factorial(n):
    if n > 500:
        warnings.warn(f"{n}! will have {len(str(math.factorial(n)))} digits", stacklevel=2)
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    for n in (10, 600, 700, 600):
        r = await factorial(n)
        print(n, "->", len(str(r)), "digits")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await factorial(800)
    print("caught:", [str(w.message) for w in caught], caught[0].category.__name__)


asyncio.run(main())
