# Square roots of big factorials: ** 0.5 and math.sqrt fail, math.isqrt works.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    for n in (20, 170, 171, 300):
        v = await fact(n)
        try:
            print(n, "sqrt:", f"{math.sqrt(v):.6g}", f"{v ** 0.5:.6g}")
        except OverflowError as e:
            print(n, "OverflowError:", e, "| isqrt has", len(str(math.isqrt(v))), "digits")
    print(math.factorial(170) * 1.0 == float(math.factorial(170)))
    print(math.fsum(1 / math.factorial(k) for k in range(20)), sum(1 / math.factorial(k) for k in range(20)))
    big = await fact(400)
    print(big ** 0.5)


asyncio.run(main())
