# Comparing each factorial with Stirling's approximation, showing the relative error as a percentage.
import asyncio
import math


async def exact(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


def stirling(n):
    return math.sqrt(2 * math.pi * n) * (n / math.e) ** n


async def main():
    ns = [1, 2, 5, 10, 20, 50]
    exacts = await asyncio.gather(*map(exact, ns))
    for n, f in zip(ns, exacts):
        approx = stirling(n)
        rel = (f - approx) / f
        print(f"{n:>3}  {f:>12.5g}  {approx:>12.5g}  {rel:.4%}")
    print(math.gamma(6) == math.factorial(5), math.lgamma(101) / math.log(10))


asyncio.run(main())
