# tried factorial(4.5) - range doesn't like floats
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        print(await coro)

asyncio.run(calculate_factorials([4.5]))
