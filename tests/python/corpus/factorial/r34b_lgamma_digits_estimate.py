# Estimate the digits of n! with math.lgamma and compare to the real count, concurrently.
import asyncio
import math


async def digits_exact(n):
    await asyncio.sleep(0.01)
    return len(str(math.factorial(n)))


def digits_estimate(n):
    return math.floor(math.lgamma(n + 1) / math.log(10)) + 1


async def main():
    ns = [1, 5, 10, 50, 100, 500, 1000]
    exact = await asyncio.gather(*[digits_exact(n) for n in ns])
    for n, e in zip(ns, exact):
        est = digits_estimate(n)
        print(f"{n:>5}: exact={e:<5} lgamma={est:<5} {'ok' if e == est else 'off'}")
    print(round(math.lgamma(101), 6), math.gamma(6), math.gamma(0.5) ** 2)


asyncio.run(main())
