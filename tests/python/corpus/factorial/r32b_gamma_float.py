# Factorials as floats through math.gamma and math.lgamma, compared with the exact ints.
import asyncio
import math


async def exact(n):
    await asyncio.sleep(0)
    return math.factorial(n)


async def main():
    for n in (0, 1, 4, 10, 20, 22, 30, 170):
        e = await exact(n)
        g = math.gamma(n + 1)
        print(n, g, float(e) == g, repr(math.lgamma(n + 1)))
    print(math.gamma(0.5) ** 2, math.pi)
    print(math.gamma(5.5), math.exp(math.lgamma(5.5)))
    print(math.gamma(171.5))


asyncio.run(main())
