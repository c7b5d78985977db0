# Combinations and permutations from my async factorial, checked against math.comb and math.perm.
import asyncio
import math


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.005)
    return r


async def ncr(n, r):
    fn, fr, fnr = await asyncio.gather(factorial(n), factorial(r), factorial(n - r))
    return fn // (fr * fnr)


async def npr(n, r):
    return await factorial(n) // await factorial(n - r)


async def main():
    for n, r in [(5, 2), (10, 3), (52, 5), (100, 50)]:
        c, p = await ncr(n, r), await npr(n, r)
        print(f"C({n},{r})={c} {c == math.comb(n, r)}  P({n},{r})={p} {p == math.perm(n, r)}")
    print(math.comb(5, 7), math.perm(5), math.comb(10, 0))
    print(await ncr(3, 5))


asyncio.run(main())
