# The joke "sleep sort" done with asyncio: numbers come back sorted by their sleeps
import asyncio
import random

random.seed(42)

async def sleeper(n, out):
    await asyncio.sleep(n / 20)
    out.append(n)

async def main():
    nums = random.sample(range(1, 10), 6)
    print("input:", nums)
    out = []
    await asyncio.gather(*(sleeper(n, out) for n in nums))
    print("sorted:", out, out == sorted(nums))

asyncio.run(main())
