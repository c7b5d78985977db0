# Rounding averages of factorial timings: round half to even, negative ndigits, float repr.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r

async def main():
    vals = await asyncio.gather(*map(factorial, range(1, 11)))
    mean = sum(vals) / len(vals)
    print(mean, round(mean), round(mean, 2), round(mean, -3), round(mean, -10))
    print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)])
    print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.0005, 3))
    print(round(362880, -2), round(362850, -2), round(362950, -2), round(-250, -2), round(15, -1))
    print(round(5040), type(round(5040.7)), type(round(5040.7, 1)), round(7, 2), type(round(7, 2)))
    print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 1e22, 1e16, 123456789012345678.0, 1.5e-7, 0.0001)
    print(repr(3628800 / 1e6), str(1 / 7), float("1e500"), -float("inf"), 3628800.0)
    print(round(float("nan")) if False else "skip", sum([0.1] * 10), sum([0.1] * 10) == 1.0)
    for bad in (float("inf"), float("nan")):
        try:
            round(bad)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)

asyncio.run(main())
