# Use Decimal to print big factorials with a fixed number of significant digits.
import asyncio
from decimal import Decimal, getcontext, localcontext


async def factorial(n):
    acc = Decimal(1)
    for i in range(2, n + 1):
        acc *= i
        if i % 10 == 0:
            await asyncio.sleep(0.01)
    return acc


async def main():
    getcontext().prec = 12
    for n, value in zip((5, 25, 52, 100), await asyncio.gather(*(factorial(n) for n in (5, 25, 52, 100)))):
        print(f"{n}! = {value}  ({value:.3E})")
    with localcontext() as ctx:
        ctx.prec = 50
        exact = await factorial(30)
        print("30! with prec 50:", exact, exact.adjusted() + 1, "digits")
    print("flags:", sorted(k.__name__ for k, v in getcontext().flags.items() if v))


asyncio.run(main())
