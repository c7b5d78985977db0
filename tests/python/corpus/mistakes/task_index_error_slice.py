import asyncio

async def nth_largest(nums, n):
    ordered = sorted(nums, reverse=True)
    await asyncio.sleep(0)
    return ordered[n]

async def main():
    print(await nth_largest([5, 1, 9], 0))
    print(await nth_largest([5, 1, 9], 3))

asyncio.run(main())
