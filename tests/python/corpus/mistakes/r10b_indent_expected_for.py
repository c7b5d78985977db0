# A for loop whose body lost its indentation.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
    result *= i
    await asyncio.sleep(0.1)
    return result

asyncio.run(factorial(5))
