# Show big factorials in scientific notation: fine until the int no longer fits in a float.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    for n in (10, 20, 50, 100, 170, 171):
        f = await factorial(n)
        print(f"{n:>4}! ~ {f:.4e}   log10 = {math.log10(f):.3f}")


asyncio.run(main())
