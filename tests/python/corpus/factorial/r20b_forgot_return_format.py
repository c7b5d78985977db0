# Student forgot return; the harness's format spec then fails on None and the error escapes.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    print(f'{n}! computed')

async def main():
    nums = [3, 4]
    results = await asyncio.gather(*[factorial(n) for n in nums])
    print('raw:', results)
    for n, r in zip(nums, results):
        print(f'{n:>2}! = {r:>6d}')

asyncio.run(main())
