# math.prod for big factorials; print digit counts and the first/last digits.
import asyncio
import math


async def big_factorial(n):
    await asyncio.sleep(0.01)
    return math.prod(range(1, n + 1))


async def main():
    ns = [100, 500, 1000, 2000]
    results = await asyncio.gather(*map(big_factorial, ns))
    for n, r in zip(ns, results):
        s = str(r)
        zeros = len(s) - len(s.rstrip('0'))
        print(f"{n}! has {len(s)} digits, starts {s[:10]}, {zeros} trailing zeros")
    print(results[0] == math.factorial(100))


asyncio.run(main())
