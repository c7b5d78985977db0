# Harness cross-checks loop.time(), monotonic, perf_counter and time.time around the student's run.
import asyncio, time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    loop = asyncio.get_running_loop()
    print('loop.time close to monotonic:', abs(loop.time() - time.monotonic()) < 0.05)
    marks = [loop.time(), time.monotonic(), time.perf_counter(), time.time()]
    p0 = time.process_time()
    res = await asyncio.gather(*(factorial(n) for n in (3, 5)))
    ends = [loop.time(), time.monotonic(), time.perf_counter(), time.time()]
    deltas = [e - s for s, e in zip(marks, ends)]
    print('results:', res)
    print('all at least 0.5 s:', all(d >= 0.5 for d in deltas))
    print('all under 1.5 s:', all(d < 1.5 for d in deltas))
    print('clocks agree within 0.05 s:', max(deltas) - min(deltas) < 0.05)
    print('cpu time small:', time.process_time() - p0 < 0.3)
    print('ns clock agrees:', abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 0.01)

asyncio.run(main())
