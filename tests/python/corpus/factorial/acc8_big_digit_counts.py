# Digit counts of big factorials, without printing them.
import asyncio
import math

async def digits(n):
    await asyncio.sleep(0)
    return n, len(str(math.factorial(n)))

async def main():
    pairs = await asyncio.gather(*(digits(n) for n in (10, 100, 500, 1000, 1500)))
    for n, d in pairs:
        est = math.floor(math.lgamma(n + 1) / math.log(10)) + 1
        print(f"{n:5d}! has {d:5d} digits (lgamma says {est})")

asyncio.run(main())
