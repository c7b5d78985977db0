# as_completed with elapsed times rounded to a tenth (printed as comparisons: the load moves them).
import asyncio
import time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return n, result

async def main():
    start = time.perf_counter()
    for fut in asyncio.as_completed([factorial(n) for n in [3, 1, 2]]):
        n, r = await fut
        elapsed = time.perf_counter() - start
        print(f"{n}! = {r} after {n / 10} s or more: {round(elapsed, 1) >= n / 10}")
    total = time.perf_counter() - start
    print(f"total under a second: {total < 1}")

asyncio.run(main())
