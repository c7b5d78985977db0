# Mistake: a recursive coroutine without a base case.
import asyncio

async def factorial(n):
    return n * await factorial(n - 1)

print('Main - Starting')
asyncio.run(factorial(5))
