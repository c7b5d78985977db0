# Factorials up to 100! shown by their digits, with :, :.3e and a float :g.
import asyncio

async def fact(n):
    out = 1
    for i in range(2, n + 1):
        out *= i
    await asyncio.sleep(0.1)
    return out

async def main(nums):
    res = await asyncio.gather(*(fact(n) for n in nums))
    for n, r in zip(nums, res):
        s = str(r)
        print(f'{n:3d}! has {len(s):3d} digits: {s[:10]}...{s[-5:]}' if len(s) > 20 else f'{n:3d}! = {r:,}')
    print(f'{res[-1]:.3e}')
    print(f'{float(res[1]):g}')

asyncio.run(main([10, 20, 25, 50, 100]))
