# Checks that the total time is at least the sum of the sleeps, with each clock.
import asyncio
import time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        result *= i
    return result

async def main():
    for n in (5, 7):
        t, p, m, ns = time.time(), time.perf_counter(), time.monotonic(), time.perf_counter_ns()
        value = await factorial(n)
        minimum = n * 0.05
        print(f"{n}! = {value}")
        print("  time.time()        :", time.time() - t >= minimum)
        print("  time.perf_counter():", time.perf_counter() - p >= minimum)
        print("  time.monotonic()   :", time.monotonic() - m >= minimum)
        print("  perf_counter_ns()  :", time.perf_counter_ns() - ns >= n * 50_000_000)

asyncio.run(main())
