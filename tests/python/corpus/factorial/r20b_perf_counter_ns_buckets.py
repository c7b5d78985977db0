# Harness times each student run with perf_counter_ns and buckets the durations in tenths.
import asyncio, time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def bucket(ns):
    tenths = ns // 100_000_000
    return 'fast' if tenths < 3 else 'ok' if tenths < 8 else 'slow'

async def main():
    for label, coro_fn in [('one', lambda: factorial(1)),
                           ('gather', lambda: asyncio.gather(factorial(2), factorial(4))),
                           ('seq', lambda: asyncio.gather(*(factorial(n) for n in [9])))]:
        t0 = time.perf_counter_ns()
        res = await coro_fn()
        took = time.perf_counter_ns() - t0
        print(f'{label:<7}{bucket(took):<5}{type(took).__name__} {res}')

asyncio.run(main())
