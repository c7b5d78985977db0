# Using Decimal to show big factorials in engineering notation and rounded.
import asyncio
from decimal import Decimal, getcontext, ROUND_HALF_UP


async def factorial(n):
    f = Decimal(1)
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.001)
    return f


async def main():
    getcontext().prec = 12
    for n in [10, 25, 40]:
        d = await factorial(n)
        print(n, d, d.to_eng_string(), d.normalize(), d.adjusted())
    d = await factorial(20)
    print(d.quantize(Decimal("1E+10"), rounding=ROUND_HALF_UP))
    print(d.sqrt(), d.ln(), d.log10())
    print(Decimal(120).as_tuple())
    print(getcontext().prec, Decimal(2) ** 100)


asyncio.run(main())
