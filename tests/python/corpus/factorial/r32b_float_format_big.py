# Formatting big factorial ints with float-style specs: some work, one overflows.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    f20, f25, f200 = await asyncio.gather(factorial(20), factorial(25), factorial(200))
    print(f"{f20:,.2f}")
    print(f"{f25:.5g} | {f25:e} | {f25:.0%}"[:60])
    print("%e" % f20, "%.3g" % f25, "%d" % f20, "%x" % f20)
    print(f"{f20:=^40,}")
    print(f"{f20:_b}"[:30], f"{f20:#o}")
    print(round(f25, -20), round(f20, -3), round(f20 / 7, 3))
    print(f"{f200:.3e}")


asyncio.run(main())
