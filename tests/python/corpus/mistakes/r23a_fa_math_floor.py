import asyncio
import math

async def average(xs):
    await asyncio.sleep(0)
    return sum(xs) / len(xs)

async def main():
    print("floor of average:", math.floor(average([1, 2, 4])))

asyncio.run(main())
