# e from the series of 1/n! as a Fraction, then its best small-denominator approximations.
import asyncio
from fractions import Fraction


async def term(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.001)
    return Fraction(1, f)


async def main():
    e = sum(await asyncio.gather(*map(term, range(15))))
    print(e.numerator % 10**6, e.denominator % 10**6, len(str(e.denominator)))
    for d in (10, 100, 1000, 10**5):
        approx = e.limit_denominator(d)
        print(d, approx, f"{float(approx):.10f}")
    print(Fraction("2.718"), Fraction(2.5), Fraction(1, 3) + Fraction(1, 6), Fraction(-4, 6))
    print(round(e, 5), round(e), e > Fraction(271828, 100000), f"{e:.20f}")


asyncio.run(main())
