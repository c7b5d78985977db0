# Mistake: a def without its colon.
import asyncio

async def factorial(n)
    result = 1
    for i in range(1, n + 1):
        result *= i
    return result

print(asyncio.run(factorial(5)))
