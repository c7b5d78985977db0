# Summing 1/n! as floats three ways: plain sum, math.fsum, and reversed order.
import asyncio
import math


async def recip(n):
    await asyncio.sleep(0.001 * (n % 3))
    return 1 / math.factorial(n)


async def main():
    terms = await asyncio.gather(*(recip(n) for n in range(20)))
    print(sum(terms), math.fsum(terms), sum(reversed(terms)), math.e)
    print(sum(terms) == math.e, math.fsum(terms) == math.e, math.isclose(sum(terms), math.e))
    print(terms[10], terms[19], (1 / 120).hex(), float.fromhex("0x1p-10"))
    print((0.5).as_integer_ratio(), terms[3].as_integer_ratio(), (24.0).is_integer())
    print(f"{terms[12]:.3e} {terms[12]:g} {terms[12]!r} {round(terms[5], 4)}")


asyncio.run(main())
