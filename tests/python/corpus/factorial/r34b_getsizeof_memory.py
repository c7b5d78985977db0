# How much memory do big factorials use? sys.getsizeof grows with the number of digits.
import asyncio
import math
import sys


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    previous = 0
    for n in (0, 1, 20, 21, 100, 1000):
        v = await factorial(n)
        size = sys.getsizeof(v)
        print(f"{n:>5}! bit_length={v.bit_length():>5} size={size:>5} grew={size > previous}")
        previous = size


asyncio.run(main())
