# Each task times itself with perf_counter and compares its time with its steps
import asyncio
from time import perf_counter

async def factorial(n):
    start = perf_counter()
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return n, f, perf_counter() - start

async def calculate_factorials(numbers):
    for n, f, secs in await asyncio.gather(*[factorial(n) for n in numbers]):
        print(f'{n}! = {f:<6} took at least {(n - 1) / 10:.1f}s:', secs >= (n - 1) * 0.1 - 0.01)

asyncio.run(calculate_factorials([5, 7, 3, 6]))
