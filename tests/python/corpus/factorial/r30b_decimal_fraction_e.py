# Approximating e as the sum of 1/n! using the factorials, with Fraction and Decimal.
import asyncio
from decimal import Decimal, getcontext
from fractions import Fraction


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.001)
    return f


async def main():
    facts = await asyncio.gather(*(factorial(n) for n in range(15)))
    approx = sum(Fraction(1, f) for f in facts)
    print(approx)
    print(float(approx))
    getcontext().prec = 30
    d = sum(Decimal(1) / Decimal(f) for f in facts)
    print(d)
    print(Decimal(1).exp())
    print(f"{float(approx):.12f} {approx.limit_denominator(1000)}")


asyncio.run(main())
