# Collecting results with await inside a comprehension in a plain function
import asyncio

async def square(n):
    await asyncio.sleep(0.01)
    return n * n

def collect(nums):
    return [await square(n) for n in nums]

print(asyncio.run(collect([1, 2, 3])))
