# What does math.factorial accept? Bools, Decimals, Fractions, an __index__ class and huge numbers.
import asyncio
import math
from decimal import Decimal
from fractions import Fraction


class Count:
    def __init__(self, k):
        self.k = k

    def __index__(self):
        return self.k


async def try_factorial(x):
    await asyncio.sleep(0.001)
    try:
        return f"{math.factorial(x)}"
    except (TypeError, ValueError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


async def main():
    inputs = [True, False, Count(6), Decimal(5), Fraction(10, 2), 10**20, -10**20, 2**63 - 1 + 1]
    for x, out in zip(inputs, await asyncio.gather(*map(try_factorial, inputs))):
        print(f"{type(x).__name__:>8}: {out}")
    print(list(range(Count(3))), [i for i in range(True, Count(4))])


asyncio.run(main())
