# math helpers on factorial-sized numbers: frexp, ldexp, ulp, nextafter, copysign, remainder.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.005)
    return math.factorial(n)


async def main():
    f20, f25 = await fact(20), await fact(25)
    print(math.frexp(f20), math.ldexp(0.5, 10), math.frexp(0.0))
    print(math.ulp(float(f20)), math.ulp(1.0), math.nextafter(float(f25), math.inf))
    print(math.copysign(f20, -0.0), math.remainder(f20, 7), math.fmod(5040, 11))
    print(math.modf(5040.25), math.trunc(-5040.9), math.floor(-0.5), math.ceil(f25 / 3))
    print(math.isclose(math.gamma(21), f20), math.isclose(1.0, 1.0 + 1e-10), math.dist((0, 0), (3, 4)))
    print(math.hypot(3, 4, 12), math.prod([1.5, 2, 4], start=2), math.fsum([0.1] * 10))
    try:
        math.frexp(await fact(200))
    except OverflowError as e:
        print("frexp:", e)


asyncio.run(main())
