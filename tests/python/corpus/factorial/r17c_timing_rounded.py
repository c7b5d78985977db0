# Timing the whole run with perf_counter and comparing it with the longest factorial
import asyncio
import time


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


async def calculate_factorials(numbers):
    start = time.perf_counter()
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    elapsed = time.perf_counter() - start
    print(results)
    print(f'took at least {max(numbers) / 10} seconds: {elapsed >= max(numbers) / 10 - 0.01}')
    print('faster than one after another:', elapsed < 0.1 * sum(numbers))


asyncio.run(calculate_factorials([5, 7, 3, 6]))
