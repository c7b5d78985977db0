# Calling asyncio.run from inside a coroutine that is already running under asyncio.run.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def calculate_factorials(numbers):
    for n in numbers:
        print(n, asyncio.run(factorial(n)))


asyncio.run(calculate_factorials([3, 4]))
