# Factorials as Decimals with a 12-digit context: rounded, in scientific notation
import asyncio
from decimal import Decimal, getcontext


async def factorial(n):
    f = Decimal(1)
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.1)
    return f


async def main():
    getcontext().prec = 12
    values = await asyncio.gather(*(factorial(n) for n in (5, 15, 25, 50)))
    for v in values:
        print(v, v.adjusted(), f'{v:.3E}')
    print(values[-1] / values[-2])


asyncio.run(main())
