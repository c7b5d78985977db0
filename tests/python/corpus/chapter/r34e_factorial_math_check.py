# check my async factorial against math.factorial and time it with a coarse comparison
import asyncio
import math
import time

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def calculate_factorials(numbers):
    start = time.perf_counter()
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    elapsed = time.perf_counter() - start
    for n, r in zip(numbers, results):
        print(n, r, r == math.factorial(n))
    print('took about as long as the biggest:', 0.35 <= elapsed < 0.7)

asyncio.run(calculate_factorials([5, 7, 3, 6]))
