# hash() of big factorials (Python reduces ints modulo 2**61 - 1), used as quick fingerprints.
import asyncio
import sys


async def factorial(n):
    await asyncio.sleep(0.005)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def main():
    modulus = sys.hash_info.modulus
    print("modulus is 2**61-1:", modulus == 2**61 - 1, sys.hash_info.width)
    for n in (5, 20, 21, 25, 50, 100):
        f = await factorial(n)
        print(f"{n:>3}: hash={hash(f)} same as mod: {hash(f) == f % modulus}")
    print(hash(-1), hash(-2), hash(float(await factorial(20))), hash(0.5))
    print(hash(-await factorial(30)))


asyncio.run(main())
