# The classic joke algorithm: sleep sort with asyncio, each number sleeps in proportion to itself.
import asyncio

async def sleeper(n, out):
    await asyncio.sleep(n * 0.1)
    out.append(n)

async def sleep_sort(nums):
    out = []
    await asyncio.gather(*(sleeper(n, out) for n in nums))
    return out

nums = [3, 1, 4, 0, 5, 9, 2, 6]
result = asyncio.run(sleep_sort(nums))
print(result)
print(result == sorted(nums))
