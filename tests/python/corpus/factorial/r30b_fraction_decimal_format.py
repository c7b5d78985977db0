# Formatting the ratio n!/(n+1)! as Fraction and Decimal with format specs.
import asyncio
from decimal import Decimal
from fractions import Fraction


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f


async def main():
    a, b = await asyncio.gather(factorial(6), factorial(7))
    ratio = Fraction(a, b)
    print(ratio, float(ratio), round(ratio, 3), Decimal(a) / Decimal(b))
    print(f"{Decimal(b):,} {Decimal(a) / Decimal(b):.4f} {Decimal('1234567.891'):,.2f}")
    print("{:.3}".format(Decimal(a) / 7), "{:>10.2%}".format(Decimal(1) / 7))
    print(f"{ratio:.5f}")


asyncio.run(main())
