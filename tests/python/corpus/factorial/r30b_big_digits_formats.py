# Big factorials: digit counts and formatting with , and _ separators.
import asyncio
import math


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
        if i % 10 == 0:
            await asyncio.sleep(0)
    return result


async def main():
    ns = [10, 20, 25, 50]
    values = await asyncio.gather(*(factorial(n) for n in ns))
    for n, v in zip(ns, values):
        print(f"{n}! = {v:,}")
        print(f"{n}! = {v:_}")
        print(f"   digits={len(str(v))} log10~{math.log10(v):.3f} same={v == math.factorial(n)}")
    print(f"{values[0]:>15,}|{values[0]:<15_}|{values[0]:^15}|")
    print(f"{values[1]:e}  {values[1]:.2e}  {float(values[1]):g}")


asyncio.run(main())
