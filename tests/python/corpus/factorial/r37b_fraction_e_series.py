# Approximating e as the sum of 1/k! using Fractions, with the factorials computed concurrently.
import asyncio
from fractions import Fraction
import math


async def factorial(k):
    r = 1
    for i in range(2, k + 1):
        r *= i
    await asyncio.sleep(0.01 * (k % 3))
    return r


async def main():
    facts = await asyncio.gather(*(factorial(k) for k in range(12)))
    total = sum(Fraction(1, f) for f in facts)
    print("as a fraction:", total)
    print(f"as a float  : {float(total):.15f}")
    print(f"math.e      : {math.e:.15f}")
    print("error < 1e-8:", abs(float(total) - math.e) < 1e-8)
    print(Fraction(1, facts[5]) + Fraction(1, facts[4]), repr(Fraction(1, 6)))


asyncio.run(main())
