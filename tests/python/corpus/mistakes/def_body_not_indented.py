# Mistake: the body of an async def is not indented.
import asyncio

async def factorial(n):
result = 1
    return result

asyncio.run(factorial(3))
