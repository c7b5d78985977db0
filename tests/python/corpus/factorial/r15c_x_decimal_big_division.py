# ratios of big factorials with Fraction and Decimal at high precision
import asyncio
import math
from decimal import Decimal, localcontext
from fractions import Fraction

async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)

async def main():
    a, b, c = await asyncio.gather(factorial(52), factorial(47), factorial(5))
    print(a // (b * c), math.comb(52, 5))
    print(Fraction(a, b * 10**10), float(Fraction(b, a)))
    with localcontext() as ctx:
        ctx.prec = 40
        print(Decimal(a) / Decimal(b), Decimal(1) / Decimal(a))
    print(f"{Decimal(a):.5E}", f"{a / b:.1f}", a % 1000003)

asyncio.run(main())
