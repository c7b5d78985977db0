# Logs, square roots and gcds of big factorials computed by tasks.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    f100, f1000, f30 = await asyncio.gather(fact(100), fact(1000), fact(30))
    print("log10(100!) =", math.log10(f100))
    print("ln(1000!)   =", math.log(f1000))
    print("log2(1000!) =", math.log2(f1000))
    print("log(30!, 7) =", math.log(f30, 7))
    print("isqrt(30!)  =", math.isqrt(f30))
    print("gcd, lcm    =", math.gcd(f30, 2 ** 40), math.lcm(math.factorial(5), 36))
    print("inverse     =", pow(math.factorial(10), -1, 1_000_000_007))
    try:
        float(f1000)
    except OverflowError as e:
        print("float():", e)
    print(f100 / f1000, f1000 // f100 % 10**12)


asyncio.run(main())
