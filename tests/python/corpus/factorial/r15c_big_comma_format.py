# factorials printed with thousands separators and in scientific notation
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.1)
    return r

async def main():
    ns = [10, 15, 20, 25]
    rs = await asyncio.gather(*[factorial(n) for n in ns])
    for n, r in zip(ns, rs):
        print(f"{n:2d}! = {r:,}")
        print(f"     ~ {float(r):.3e}  {r:_}")

asyncio.run(main())
