# Validating with numbers.Integral so numpy-like ints would pass, but floats and Fractions are rejected.
import asyncio
import numbers
from fractions import Fraction
from decimal import Decimal


async def factorial(n):
    if not isinstance(n, numbers.Integral):
        raise TypeError(f"{type(n).__name__} is not Integral")
    n = int(n)
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.005)
    return r


async def main():
    for x in (6, True, 6.0, Fraction(6), Fraction(12, 2), Decimal(6)):
        try:
            print(f"{x!r}: {await factorial(x)}")
        except TypeError as e:
            print(f"{x!r}: TypeError: {e}")
    print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(2.5, numbers.Real), issubclass(bool, numbers.Integral))


asyncio.run(main())
