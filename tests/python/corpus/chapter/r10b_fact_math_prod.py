# math.prod and math.factorial checked against the loop.
import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    for n in (0, 1, 5, 10, 12):
        mine = await factorial(n)
        print(n, mine, mine == math.factorial(n), mine == math.prod(range(1, n + 1)))

asyncio.run(main())
