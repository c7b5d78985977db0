# Decimal with a small precision to show big factorials rounded, with exponents.
import asyncio
import math
from decimal import Decimal, getcontext, localcontext


async def as_decimal(n):
    await asyncio.sleep(0.01)
    return Decimal(math.factorial(n))


async def main():
    getcontext().prec = 12
    values = await asyncio.gather(*(as_decimal(n) for n in (10, 25, 50)))
    for v in values:
        print(v, "->", +v, "|", f"{v:.4E}")
    with localcontext() as ctx:
        ctx.prec = 5
        print("ratio 50!/25!:", values[2] / values[1])
    print((values[1] / values[0]).quantize(Decimal("1.00")))
    print(Decimal(1) / values[0])


asyncio.run(main())
