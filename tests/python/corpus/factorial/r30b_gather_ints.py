# Passed the numbers to gather instead of the coroutines.
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def calculate_factorials(numbers):
    results = await asyncio.gather(*numbers)
    return [factorial(r) for r in results]


asyncio.run(calculate_factorials([5, 7, 3, 6]))
