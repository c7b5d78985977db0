# Combinations and permutations built from my async factorial, compared with math.comb and math.perm.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.002)
    return math.prod(range(2, n + 1))


async def comb(n, k):
    fn, fk, fnk = await asyncio.gather(fact(n), fact(k), fact(n - k))
    return fn // (fk * fnk)


async def perm(n, k):
    fn, fnk = await asyncio.gather(fact(n), fact(n - k))
    return fn // fnk


async def main():
    for n, k in [(5, 2), (10, 3), (52, 5), (6, 0)]:
        c, p = await comb(n, k), await perm(n, k)
        print(f"C({n},{k})={c:<8} P({n},{k})={p:<10} ok={c == math.comb(n, k) and p == math.perm(n, k)}")
    print(math.comb(5, 7), math.perm(5))
    print(await comb(3, 5))


asyncio.run(main())
