import asyncio
import math

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        if i % 500 == 0:
            await asyncio.sleep(0.01)
    return f

async def main():
    for n in (1000, 1500, 2000):
        f = await factorial(n)
        print(f"{n}! correct: {f == math.factorial(n)}, bits: {f.bit_length()}")
        print(f"{n}! has {len(str(f))} digits")

asyncio.run(main())
