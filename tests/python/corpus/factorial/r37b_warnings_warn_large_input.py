# The factorial warns (warnings.warn) when the input is large, once per place it is called from.
import asyncio
import math
import warnings


async def factorial(n):
    if n > 50:
        warnings.warn(f"factorial({n}) will have {len(str(math.factorial(n)))} digits", stacklevel=2)
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    for n in (10, 60, 70):
        r = await factorial(n)
        print(n, "->", str(r)[:10] + "...")
    warnings.simplefilter("error")
    try:
        await factorial(80)
    except UserWarning as w:
        print("now an error:", w)


asyncio.run(main())
