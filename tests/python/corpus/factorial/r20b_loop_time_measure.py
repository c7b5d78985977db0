# Harness measures with loop.time() inside the loop and classifies the student's speed.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def sequential(nums):
    return [await factorial(n) for n in nums]

async def concurrent(nums):
    return list(await asyncio.gather(*[factorial(n) for n in nums]))

async def measure(fn, nums):
    loop = asyncio.get_running_loop()
    start = loop.time()
    res = await fn(nums)
    ticks = (loop.time() - start) / 0.1
    return res, ticks

async def main():
    nums = [3, 1, 4, 2]
    for fn in (sequential, concurrent):
        res, ticks = await measure(fn, nums)
        kind = 'sum' if ticks > sum(nums) - 0.5 else 'max' if ticks > max(nums) - 0.5 else '??'
        print(f'{fn.__name__:>10}: {res} time ~ {kind} of steps')

asyncio.run(main())
