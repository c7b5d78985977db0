# Stirling's approximation against the exact factorial, relative error
import asyncio
import math

async def stirling(n):
    await asyncio.sleep(0.01)
    return math.sqrt(2 * math.pi * n) * (n / math.e) ** n

async def main():
    ns = [1, 2, 5, 10, 20, 50, 100]
    approx = await asyncio.gather(*map(stirling, ns))
    for n, a in zip(ns, approx):
        exact = math.factorial(n)
        print(f"{n:>3} {a:>14.6g} {exact:>14.6g} {(exact - a) / exact:.6f} {a!r}")

asyncio.run(main())
