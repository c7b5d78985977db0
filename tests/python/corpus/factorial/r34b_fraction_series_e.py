# Approximate e as a Fraction from the series of 1/k!, terms computed by concurrent tasks.
import asyncio
import math
from fractions import Fraction


async def term(k):
    await asyncio.sleep(0.01 * (k % 3))
    return Fraction(1, math.factorial(k))


async def main():
    terms = await asyncio.gather(*(term(k) for k in range(12)))
    e_approx = sum(terms)
    print("as fraction:", e_approx)
    print("as float:   ", float(e_approx))
    print("error:      ", f"{abs(float(e_approx) - math.e):.2e}")
    print("terms[:5]:", terms[:5])


asyncio.run(main())
