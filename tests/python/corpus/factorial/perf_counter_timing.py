# Factorial exercise: timing concurrent against sequential runs with time.perf_counter.
import asyncio
import time

async def factorial(n):
    total = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        total *= i
    return total

async def sequential(numbers):
    return [await factorial(n) for n in numbers]

async def concurrent(numbers):
    return await asyncio.gather(*(factorial(n) for n in numbers))

def timed(label, coro):
    start = time.perf_counter()
    results = asyncio.run(coro)
    elapsed = time.perf_counter() - start
    print(f'{label:<11} {results} in {round(elapsed, 1)} s ({elapsed:.1f})')

timed('sequential', sequential([3, 2, 1]))
timed('concurrent', concurrent([3, 2, 1]))
