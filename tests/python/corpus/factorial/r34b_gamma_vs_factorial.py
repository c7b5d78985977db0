# Compare math.gamma(n + 1) with the exact factorial and Stirling's approximation.
import asyncio
import math


async def exact(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


def stirling(n):
    return math.sqrt(2 * math.pi * n) * (n / math.e) ** n


async def main():
    for n in (1, 5, 10, 15, 20, 25, 30):
        e = await exact(n)
        g = math.gamma(n + 1)
        s = stirling(n)
        print(f"{n:>2}: gamma={g!r} exact_match={g == e} stirling_err={(e - s) / e:.3%}")
    print(math.gamma(0.5), math.gamma(4.5), math.lgamma(0.5), math.gamma(171.5) if False else "")
    try:
        math.gamma(172)
    except OverflowError as err:
        print("gamma(172):", err)
    math.gamma(-2)


asyncio.run(main())
