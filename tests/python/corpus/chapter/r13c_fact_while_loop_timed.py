import asyncio
import time

async def factorial(number):
    result, i = 1, number
    while i > 1:
        await asyncio.sleep(0.05)
        result *= i
        i -= 1
    return result

async def calculate_factorials(numbers):
    start = time.perf_counter()
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    elapsed = time.perf_counter() - start
    print(results)
    longest = max(numbers) - 1
    print(f'{longest} steps of 0.05s: at least {longest * 0.05:.2f}s ->', elapsed >= longest * 0.05)
    print('and well below the sequential', sum(n - 1 for n in numbers) * 0.05, '->', elapsed < 0.9)

asyncio.run(calculate_factorials([5, 7, 3, 6]))
