# Approximating e as the sum of 1/n! using Fractions computed by async factorials.
import asyncio
import math
from fractions import Fraction


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.001 * n)
    return r


async def main():
    facts = await asyncio.gather(*(factorial(n) for n in range(15)))
    e = sum(Fraction(1, f) for f in facts)
    print(e)
    print(float(e), math.e, abs(float(e) - math.e) < 1e-11)
    print(Fraction(1, facts[5]), Fraction(facts[6], facts[4]))
    print(f"{float(e):.15f}", round(e, 5))


asyncio.run(main())
