# Student prints big factorials in scientific notation - too big for a float.
import asyncio
import math

async def factorial(n):
    await asyncio.sleep(0.1)
    return math.factorial(n)

async def main():
    for n in [50, 100, 170, 171]:
        value = await factorial(n)
        print(f"{n}! ~ {value:.4e}")

print("starting")
asyncio.run(main())
print("never printed")
