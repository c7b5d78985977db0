# Using time.sleep instead of asyncio.sleep: no concurrency any more.
import asyncio
import time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        print(f"factorial({n}) step {i}")
        time.sleep(0.05)
        result *= i
    return result

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(factorial(3), factorial(2), factorial(4))
    took = time.perf_counter() - start
    print(results)
    print("took at least 0.45 s:", took >= 0.45)

asyncio.run(main())
