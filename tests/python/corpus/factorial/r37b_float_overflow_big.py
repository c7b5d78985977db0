# Converting big factorials to float to print them in scientific notation; 171! is too big for a float.
import asyncio
import math


async def as_float(n):
    await asyncio.sleep(0.01)
    return float(math.factorial(n))


async def main():
    for n in (20, 100, 170):
        x = await as_float(n)
        print(f"{n}! ~ {x:.6e}")
    print("171! ~", await as_float(171))


asyncio.run(main())
