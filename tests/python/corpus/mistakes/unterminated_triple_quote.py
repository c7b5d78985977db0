# Mistake: a docstring whose closing triple quote is missing.
import asyncio

async def factorial(n):
    """Compute n! slowly.
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

print(asyncio.run(factorial(3)))
