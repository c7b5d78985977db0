# Defining the base case like a maths textbook: factorial(0) = 1.
import asyncio


async def factorial(n):
    factorial(0) = 1
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


asyncio.run(factorial(4))
