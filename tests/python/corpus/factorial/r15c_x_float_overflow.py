# factorials as floats: 170! fits in a float, 171! overflows
import asyncio
import math

async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)

async def main():
    for n in (20, 100, 170, 171):
        f = await factorial(n)
        try:
            print(n, float(f), f"{f:.5e}")
        except OverflowError as e:
            print(n, "OverflowError:", e)
    print(math.gamma(5), math.gamma(5.5), math.lgamma(171.5))
    print(f"{math.factorial(25) / math.factorial(23)}")
    print(1e308 * 10, math.factorial(171) / math.factorial(170))

asyncio.run(main())
