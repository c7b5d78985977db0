# Using Decimal to compute e from the factorial series and checking it with exp() and ln().
import asyncio
from decimal import Decimal, getcontext


async def inv_factorial(k):
    f = 1
    for i in range(2, k + 1):
        f *= i
    await asyncio.sleep(0.001)
    return Decimal(1) / Decimal(f)


async def main():
    getcontext().prec = 40
    terms = await asyncio.gather(*(inv_factorial(k) for k in range(35)))
    e = sum(terms, Decimal(0))
    print("series:", e)
    print("exp(1):", Decimal(1).exp())
    print("ln(e): ", e.ln())
    print("diff:  ", (e - Decimal(1).exp()).copy_abs())
    print(Decimal(120).sqrt(), Decimal(5040).log10(), e.quantize(Decimal("0.0001")))
    print(Decimal("3628800").scaleb(-6), Decimal(3628800).to_eng_string(), Decimal("3.6288E+6").to_integral_value())


asyncio.run(main())
