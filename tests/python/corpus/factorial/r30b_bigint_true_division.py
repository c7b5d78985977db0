# Binomial coefficients from my factorials using / (true division) on huge ints.
import asyncio
import math


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.001)
    return f


async def main():
    f200, f198, f100, f400 = await asyncio.gather(*map(factorial, [200, 198, 100, 400]))
    print(f200 / f198, f200 // f198)
    print(f200 / (f100 * f100))
    print(math.comb(200, 100) == f200 // (f100 * f100))
    print(f100 / f200)
    print(math.log(f200), math.log2(f400), math.log(f400, 10))
    print(hash(f100), hash(f200) == hash(f200 + 0), f100 % 1_000_000_007)
    print(math.isqrt(f100) ** 2 <= f100, pow(f100, 3, 10**9 + 7))
    print(round(f100 / 10**150, 6), f400 / f100)
    print(float(f200))


asyncio.run(main())
