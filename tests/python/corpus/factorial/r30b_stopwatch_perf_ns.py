# perf_counter_ns and monotonic around each await; only comparisons are printed.
import asyncio
import time


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        t0 = time.perf_counter_ns()
        await asyncio.sleep(0.05)
        waited = time.perf_counter_ns() - t0
        assert waited >= 50_000_000, waited
        f *= i
    return f


async def main():
    loop = asyncio.get_running_loop()
    m0, l0 = time.monotonic(), loop.time()
    print(await asyncio.gather(factorial(4), factorial(3)))
    dm, dl = time.monotonic() - m0, loop.time() - l0
    print("monotonic >= 0.15:", dm >= 0.15, "loop.time >= 0.15:", dl >= 0.15)
    print("types:", type(time.perf_counter_ns()).__name__, type(loop.time()).__name__)


asyncio.run(main())
