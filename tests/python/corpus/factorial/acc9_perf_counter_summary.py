# Timing the whole run and each task with perf_counter, checked against the sleeps' sum.
import asyncio
import time

async def factorial(n, times):
    start = time.perf_counter()
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    times[n] = time.perf_counter() - start
    return r

async def main():
    times = {}
    t0 = time.perf_counter()
    results = await asyncio.gather(*(factorial(n, times) for n in (3, 1, 2)))
    total = time.perf_counter() - t0
    print("results:", results)
    for n in sorted(times):
        expected = n * 0.1
        print(f"{n}! slept {expected:.1f}s ({expected * 1000:,.0f} ms): took that long: {times[n] >= expected - 1e-3}")
    print(f"total >= longest: {total >= max(times.values()) - 1e-3}, sequential sum {sum(n * 0.1 for n in times):.2f}s")
    print(f"concurrent: {total < sum(times.values())}", type(t0).__name__, f"{0.1 * 3:.20f}"[:6])
    ns = time.perf_counter_ns()
    print(type(ns).__name__, ns > 0)

asyncio.run(main())
