# Measure the speed-up of gather over a sequential loop with perf_counter_ns, printed as a verdict.
import asyncio
import time


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r


async def sequential(nums):
    return [await factorial(n) for n in nums]


async def concurrent(nums):
    return await asyncio.gather(*map(factorial, nums))


async def main():
    nums = [4, 5, 3, 5]
    t0 = time.perf_counter_ns()
    a = await sequential(nums)
    t1 = time.perf_counter_ns()
    b = await concurrent(nums)
    t2 = time.perf_counter_ns()
    ratio = (t1 - t0) / (t2 - t1)
    print("same results:", a == b, a)
    print("sequential took at least 0.6 s:", (t1 - t0) >= 600_000_000)
    print("speed-up between 2x and 4x:", 2 < ratio < 4)
    print("monotonic_ns is an int:", isinstance(time.monotonic_ns(), int))


asyncio.run(main())
