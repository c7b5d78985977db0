# Checking the async results against math: factorial, isqrt, gcd, lcm, prod, fsum, isclose.
import asyncio
import math

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        r *= i
    return r

async def main():
    ns = [0, 1, 5, 12, 20]
    vals = await asyncio.gather(*map(factorial, ns))
    print(all(v == math.factorial(n) for n, v in zip(ns, vals)), vals[-1] == math.prod(range(1, 21)))
    print([math.isqrt(v) for v in vals], math.isqrt(10**30), math.sqrt(vals[3]))
    print(math.gcd(*vals[2:]), math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(4, 6, 10), math.lcm())
    print(math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=2))
    fl = [0.1] * 10
    print(sum(fl), math.fsum(fl), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
    print(math.isclose(sum(fl), 1.0), math.isclose(1.0, 1.0001, rel_tol=1e-3), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
    print(math.log(vals[3]), math.lgamma(13), math.gamma(6), math.log10(vals[-1]), math.log2(1024))
    print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.copysign(3, -0.0), math.fabs(-4))
    print(math.inf, -math.inf, math.nan, math.pi, math.e, math.tau)
    for bad in (-1, 2.5, "3"):
        try:
            math.factorial(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        math.isqrt(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
