# e from the sum of 1/k!: floats, Fractions and Decimals side by side
import asyncio
import math
from fractions import Fraction
from decimal import Decimal, getcontext

async def factorial(n):
    await asyncio.sleep(0)
    return math.factorial(n)

async def main():
    facts = await asyncio.gather(*(factorial(k) for k in range(20)))
    print(sum(1 / f for f in facts), math.e)
    exact = sum(Fraction(1, f) for f in facts[:10])
    print(exact, float(exact))
    getcontext().prec = 30
    print(sum(Decimal(1) / f for f in facts))
    print(round(sum(1 / f for f in facts), 10), f"{math.e:.15f}")

asyncio.run(main())
