# n! next to math.comb, math.perm, math.lgamma and Decimal division
import asyncio
import math
from decimal import Decimal, getcontext

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        await asyncio.sleep(0)
    return f

async def main():
    getcontext().prec = 30
    f10, f5, f3 = await asyncio.gather(factorial(10), factorial(5), factorial(3))
    print(f10 // (f5 * f5), math.comb(10, 5), math.perm(10, 3), f10 // f5 // 42 * 6)
    print(round(math.exp(math.lgamma(11))), f10)
    print(Decimal(f10) / Decimal(7))
    print(Decimal(1) / Decimal(f5), float(Decimal(f3) / 7))
    print(math.isqrt(f10), math.log10(f10), math.gamma(5.5))

asyncio.run(main())
