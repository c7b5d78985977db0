# Rounding big factorials to the nearest million and to "significant figures" with round(x, -k).
import asyncio
import math


async def factorial(n):
    acc = 1
    for i in range(2, n + 1):
        acc *= i
    await asyncio.sleep(0.01)
    return acc


async def main():
    for n in (10, 13, 15, 22):
        v = await factorial(n)
        k = len(str(v)) - 3
        print(f"{n}! = {v} ~ {round(v, -6)} ~ {round(v, -k)} ({k} zeros)")
    print(round(25, -1), round(35, -1), round(-45, -1), round(math.factorial(4), -1))
    print(type(round(120, -2)).__name__, round(120, 2), round(5040.5), round(5041.5))


asyncio.run(main())
