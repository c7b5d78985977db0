# Big factorials as Decimals with a limited precision, then formatted in engineering/scientific style.
import asyncio
from decimal import Decimal, getcontext, localcontext


async def dfact(n):
    result = Decimal(1)
    for i in range(2, n + 1):
        if i % 10 == 0:
            await asyncio.sleep(0.005)
        result *= i
    return result


async def main():
    getcontext().prec = 12
    for n in (10, 25, 50):
        d = await dfact(n)
        print(f"{n}! = {d} | {d:.3E} | {d.to_eng_string()}")
    with localcontext() as ctx:
        ctx.prec = 50
        d = await dfact(30)
        print("30! exact-ish:", d, d == 265252859812191058636308480000000)
    print("flags inexact:", bool(getcontext().flags[__import__("decimal").Inexact]))


asyncio.run(main())
