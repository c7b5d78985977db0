# Wrong but running: awaiting each call in the loop makes them run one after another
import asyncio
import time


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f'{n}! = {result}, total so far over {n / 10:.1f}s: {time.perf_counter() - START > n / 10}')
    return result


async def calculate_factorials(numbers):
    results = []
    for n in numbers:
        results.append(await factorial(n))
    print(results)


START = time.perf_counter()
asyncio.run(calculate_factorials([3, 2, 4]))
