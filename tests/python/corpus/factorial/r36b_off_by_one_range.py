# Loop written as range(1, n) - off by one, so 5! comes out as 24. Checked against math.
import asyncio
import math


async def factorial(n):
    total = 1
    for i in range(1, n):
        total = total * i
        await asyncio.sleep(0.01)
    return total


async def main():
    for n in (0, 1, 2, 5, 7):
        mine = await factorial(n)
        good = math.factorial(n)
        flag = "ok" if mine == good else f"WRONG (ratio {good // mine})"
        print(f"{n}: mine={mine} math={good} {flag}")


asyncio.run(main())
