# Compare exact factorials with Stirling's approximation, computed concurrently.
import asyncio
import math


async def exact(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def stirling(n):
    await asyncio.sleep(0.02)
    return math.sqrt(2 * math.pi * n) * (n / math.e) ** n


async def main():
    for n in (1, 5, 10, 20, 50):
        e, s = await asyncio.gather(exact(n), stirling(n))
        err = (e - s) / e
        print(f"n={n:2d} exact={e:.6e} stirling={s:.6e} rel.err={err:.4%}")
    print(round(math.lgamma(101) / math.log(10), 3), len(str(math.factorial(100))))


asyncio.run(main())
