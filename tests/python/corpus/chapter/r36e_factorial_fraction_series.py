# used my async factorials to sum 1/n! exactly with Fraction and compare with e
import asyncio
import math
from fractions import Fraction
from decimal import Decimal, getcontext

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        result *= i
    return result

async def main():
    facts = await asyncio.gather(*(factorial(n) for n in range(12)))
    total = sum(Fraction(1, f) for f in facts)
    print('sum as fraction:', total)
    print('as float:', float(total), '| math.e:', math.e)
    print('difference:', f'{math.e - float(total):.3e}')
    getcontext().prec = 30
    print('as decimal:', Decimal(total.numerator) / Decimal(total.denominator))

asyncio.run(main())
