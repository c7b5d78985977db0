# Awaiting each factorial in a for loop runs them one after another: timing compared
import asyncio
import time

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def calculate_factorials(numbers):
    t0 = time.perf_counter()
    seq = [await factorial(n) for n in numbers]
    t1 = time.perf_counter()
    par = await asyncio.gather(*[factorial(n) for n in numbers])
    t2 = time.perf_counter()
    print(seq == par, seq)
    print('sequential slower:', (t1 - t0) > (t2 - t1) + 0.5)
    print('gathered under a second:', t2 - t1 < 1.0)

asyncio.run(calculate_factorials([5, 7, 3, 6]))
