# big factorials: digit counts, leading digits and trailing zeros
import asyncio
import math

async def factorial(n):
    await asyncio.sleep(0.05)
    return math.factorial(n)

def trailing_zeros(x):
    s = str(x)
    return len(s) - len(s.rstrip("0"))

async def main():
    numbers = [50, 100, 500, 1000]
    for n, f in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        s = str(f)
        print(f"{n:>5}! has {len(s):>5} digits, starts {s[:8]}, {trailing_zeros(f)} trailing zeros")

asyncio.run(main())
