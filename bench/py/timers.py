# (d) N tasks that each sleep `ms` milliseconds at once: how late each one
# wakes (actual minus intended, on time.perf_counter) and the batch's time.
# usage: timers.py N ms reps warmups  ->  RESULT late_median_ms=... late_p99_ms=... total_ms=...
import asyncio
import math
import sys
import time


def arg(i, default):
    return int(sys.argv[i]) if len(sys.argv) > i else default


def quantile(values, q):
    v = sorted(values)
    k = min(len(v), max(1, math.ceil(q * len(v) - 1e-6)))
    return v[k - 1]


async def sleeper(late, i, delay):
    want = time.perf_counter() + delay
    await asyncio.sleep(delay)
    late[i] = time.perf_counter() - want


async def main():
    n, ms, reps, warm = arg(1, 1000), arg(2, 100), arg(3, 1), arg(4, 0)
    delay = ms / 1000
    for r in range(warm + reps):
        late = [0.0] * n
        t0 = time.perf_counter()
        tasks = [asyncio.create_task(sleeper(late, i, delay)) for i in range(n)]
        await asyncio.gather(*tasks)
        total = time.perf_counter() - t0
        if r >= warm:
            print(f'RESULT late_median_ms={quantile(late, 0.5) * 1e3:.6f} '
                  f'late_p99_ms={quantile(late, 0.99) * 1e3:.6f} total_ms={total * 1e3:.6f}', flush=True)


if __name__ == '__main__':
    asyncio.run(main())
