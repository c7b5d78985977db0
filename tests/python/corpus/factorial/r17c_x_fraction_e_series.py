# e from the series of 1/k!, with Fractions, computed in tasks that each add one term
import asyncio
import math
from fractions import Fraction


async def term(k):
    await asyncio.sleep(0.01 * k)
    return Fraction(1, math.factorial(k))


async def main():
    terms = await asyncio.gather(*(term(k) for k in range(12)))
    e = sum(terms)
    print(e)
    print(float(e), math.e, abs(float(e) - math.e) < 1e-8)
    print(e.limit_denominator(1000), f'{float(e):.10f}')


asyncio.run(main())
