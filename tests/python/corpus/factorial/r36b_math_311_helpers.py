# New math helpers (3.11's cbrt and exp2) next to factorials, plus lcm/gcd of factorials.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.005)
    return math.factorial(n)


async def main():
    f = await asyncio.gather(*(factorial(n) for n in range(1, 9)))
    print(f)
    print("gcd(6!, 8!):", math.gcd(f[5], f[7]), "lcm(4!,5!,6!):", math.lcm(f[3], f[4], f[5]))
    print("cbrt(8!):", round(math.cbrt(f[7]), 6), "cbrt(6!) ~", f"{math.cbrt(f[5]):.4f}")
    print("exp2(10) == 2**10:", math.exp2(10) == 2**10, math.exp2(0.5))
    print("is 2**k:", [(n + 1, f[n] & (f[n] - 1) == 0) for n in range(3)])
    print("bit_count:", [x.bit_count() for x in f])
    print(math.sumprod(f, f))


asyncio.run(main())
