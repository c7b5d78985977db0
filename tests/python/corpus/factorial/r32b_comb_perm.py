# Using factorials for combinations: my async nCr vs math.comb and math.perm.
import asyncio
import math


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0)
    return r


async def ncr(n, r):
    a, b, c = await asyncio.gather(factorial(n), factorial(r), factorial(n - r))
    return a // (b * c)


async def main():
    for n, r in [(5, 2), (10, 3), (52, 5), (6, 0), (3, 5)]:
        mine = await ncr(n, r)
        print(f"C({n},{r}) = {mine:,}", mine == math.comb(n, r), math.perm(n, r))


asyncio.run(main())
