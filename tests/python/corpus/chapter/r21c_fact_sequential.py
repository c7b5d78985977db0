# The exercise awaited one at a time: sequential, timed by comparison.
import asyncio
import time

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def calculate_factorials(numbers):
    t = time.perf_counter()
    out = {}
    for n in numbers:
        out[n] = await factorial(n)
    e = time.perf_counter() - t
    print(out)
    print('sequential took >= 2.0s:', e >= 2.0, '| gather would take ~0.7s')

asyncio.run(calculate_factorials([5, 7, 3, 6]))
