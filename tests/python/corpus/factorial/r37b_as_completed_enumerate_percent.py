# as_completed with enumerate(start=1) to print "k of N finished (P%)" as each factorial arrives.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.04)
        r *= i
    return n, r


async def main():
    nums = [6, 2, 8, 4]
    total = len(nums)
    for k, fut in enumerate(asyncio.as_completed([factorial(n) for n in nums]), start=1):
        n, r = await fut
        print(f"{k} of {total} finished ({k / total:.0%}): {n}! = {r}")


asyncio.run(main())
