import asyncio
import math

async def area(r):
    await asyncio.sleep(0)
    return math.pi * r * r

async def main():
    side = math.sqrt(area(2))
    print(round(side, 3))

asyncio.run(main())
