# Sequential versus concurrent, timed with perf_counter and rounded.
import asyncio
import time

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def sequential(numbers):
    return [await factorial(n) for n in numbers]

async def concurrent(numbers):
    return await asyncio.gather(*(factorial(n) for n in numbers))

for fn, least in ((sequential, 0.6), (concurrent, 0.3)):
    t0 = time.perf_counter()
    res = asyncio.run(fn([2, 3, 1]))
    dt = time.perf_counter() - t0
    print(fn.__name__, res, round(dt, 1) >= least, round(dt, 1) < least + 1)
