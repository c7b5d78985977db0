# Mixing Fraction, Decimal, float and int results of factorial ratios (and the TypeErrors).
import asyncio
from decimal import Decimal
from fractions import Fraction


async def factorial(n):
    await asyncio.sleep(0.001)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    a, b = await asyncio.gather(factorial(10), factorial(7))
    q = Fraction(a, b)
    print(q, Fraction(b, a), q == 720, float(Fraction(b, a)))
    d = Decimal(a) / Decimal(b * 7)
    print(d, round(d, 4), d.quantize(Decimal("0.01")), Fraction(d).limit_denominator(10))
    print(Fraction(1, a) + Fraction(1, b), Fraction("3/7") * b, Fraction(0.1) == Fraction(1, 10))
    print(Decimal(0.1), Decimal("1e3") + a, Decimal(a).sqrt())
    print(Fraction(1, 3) + 0.5, Decimal(1) + 0.5)


asyncio.run(main())
