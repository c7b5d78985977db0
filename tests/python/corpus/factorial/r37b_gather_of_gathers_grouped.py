# Small and large numbers in two separate gathers, then both groups gathered together.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


async def group(name, nums):
    values = await asyncio.gather(*(factorial(n) for n in nums))
    return name, dict(zip(nums, values))


async def main():
    groups = await asyncio.gather(group("small", [1, 2, 3]), group("large", [15, 20]))
    for name, table in groups:
        print(name)
        for n, v in table.items():
            print(f"  {n:>2}! = {v:>22,}")
    (_, small), (_, large) = groups
    print("largest small < smallest large:", max(small.values()) < min(large.values()))


asyncio.run(main())
