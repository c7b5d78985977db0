# as_completed with elapsed times rounded to a tenth.
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
        print(f"{n}! = {r} after {round(elapsed, 1)} s")
    total = time.perf_counter() - start
    print(f"total {total:.1f} s")

asyncio.run(main())
