# Binomial coefficients from factorials with / instead of //: fine for small n, OverflowError for big ones.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.002)
    return math.factorial(n)


async def choose(n, k):
    a, b, c = await asyncio.gather(fact(n), fact(k), fact(n - k))
    return a / (b * c)


async def main():
    print(await choose(5, 2), await choose(20, 10), type(await choose(4, 2)).__name__)
    print(await choose(60, 30), math.comb(60, 30))
    print(int(await choose(60, 30)) == math.comb(60, 30))
    print(await choose(400, 200))


asyncio.run(main())
