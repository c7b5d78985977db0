# A docstring opened with """ and closed with '''.
import asyncio

async def factorial(n):
    """Compute n! one step at a time.'''
    result = 1
    for i in range(2, n + 1):
        result *= i
        await asyncio.sleep(0.01)
    return result

print(asyncio.run(factorial(5)))
