# Comparing ways to compute n!: math.prod, math.factorial, math.gamma, math.perm.
import asyncio
import math


async def via_prod(n):
    await asyncio.sleep(0.01)
    return math.prod(range(1, n + 1))


async def main():
    for n in [0, 1, 5, 10, 20]:
        p = await via_prod(n)
        print(n, p, math.factorial(n), math.gamma(n + 1), math.perm(n), math.perm(n, n))
    print(math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]))
    print(math.lgamma(101), math.comb(10, 3))
    print(math.factorial(True))
    print(math.gamma(171), math.gamma(172.0))


asyncio.run(main())
