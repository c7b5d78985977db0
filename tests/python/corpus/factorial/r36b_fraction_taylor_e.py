# Approximate e with Fractions, sum of 1/k! where each factorial comes from an async task.
import asyncio
from fractions import Fraction
import math


async def factorial(k):
    r = 1
    for i in range(2, k + 1):
        r *= i
    await asyncio.sleep(0.001 * k)
    return r


async def main():
    terms = await asyncio.gather(*[factorial(k) for k in range(15)])
    e = sum(Fraction(1, t) for t in terms)
    print("as fraction:", e)
    print("as float:  ", float(e))
    print("math.e:    ", math.e)
    print("error:      {:.2e}".format(abs(float(e) - math.e)))
    print("limit_denominator(1000):", e.limit_denominator(1000))


asyncio.run(main())
