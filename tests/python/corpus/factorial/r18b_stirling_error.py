import asyncio
import math

async def factorial(n):
    value = 1
    for i in range(1, n + 1):
        value *= i
        if i % 5 == 0:
            await asyncio.sleep(0.1)
    return value

def stirling(n):
    return math.sqrt(2 * math.pi * n) * (n / math.e) ** n

async def main():
    ns = [1, 5, 10, 20, 50, 100]
    exact = await asyncio.gather(*(factorial(n) for n in ns))
    for n, f in zip(ns, exact):
        approx = stirling(n)
        err = abs(f - approx) / f
        print(f"{n:>4} {approx:>14.6g} {err:.6f} {err * 100:.3f}%")
    print(math.lgamma(101), math.log(exact[-1]))
    print(round(math.log10(exact[-1]), 6), math.gamma(6))

asyncio.run(main())
