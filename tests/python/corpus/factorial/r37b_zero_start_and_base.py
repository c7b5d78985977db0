# Two classic slips: starting the loop at 0 and returning 0 for the base case; every answer becomes 0.
import asyncio


async def loop_factorial(n):
    result = 1
    for i in range(n + 1):
        await asyncio.sleep(0.01)
        result = result * i
    return result


async def rec_factorial(n):
    if n == 0:
        return 0
    await asyncio.sleep(0.01)
    return n * await rec_factorial(n - 1)


async def main():
    print("loop:", await asyncio.gather(*map(loop_factorial, [0, 1, 5])))
    print("rec :", await asyncio.gather(*map(rec_factorial, [0, 1, 5])))
    print("all zero except 0! of the loop?", (await loop_factorial(0)) == 1)


asyncio.run(main())
