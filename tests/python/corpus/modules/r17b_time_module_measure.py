# time module: perf_counter and monotonic around sleeps, differences compared not printed
import time
import asyncio

t0 = time.perf_counter()
time.sleep(0.1)
t1 = time.perf_counter()
print('slept at least 0.1s:', t1 - t0 >= 0.1)
m0 = time.monotonic()

async def main():
    start = time.monotonic()
    await asyncio.sleep(0.26)
    return time.monotonic() - start

elapsed = asyncio.run(main())
print(f'async sleep ~{elapsed:.1f}s', elapsed >= 0.2)
print('monotonic grew:', time.monotonic() > m0)
print(type(time.time()).__name__, time.time() > 1_600_000_000, type(time.perf_counter_ns()).__name__)
print(time.strftime('%Y-%m-%d', time.gmtime(0)), time.gmtime(86400 * 365).tm_year)
