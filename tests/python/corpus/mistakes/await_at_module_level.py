# Mistake: await at module level, outside any function.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.1)
    return n

result = await factorial(5)
print(result)
