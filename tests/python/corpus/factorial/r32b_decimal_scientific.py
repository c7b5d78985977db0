# Showing a big factorial in scientific notation with the decimal module.
import asyncio
from decimal import Decimal, getcontext


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
        if i % 50 == 0:
            await asyncio.sleep(0)
    return r


async def main():
    getcontext().prec = 12
    for n in (25, 100, 500):
        v = await factorial(n)
        d = Decimal(v)
        print(n, +d, f"{d:.4E}", d.adjusted() + 1)
    print(Decimal(await factorial(20)) / Decimal(await factorial(18)))


asyncio.run(main())
