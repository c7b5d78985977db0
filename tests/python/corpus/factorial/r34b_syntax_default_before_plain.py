# Giving the delay a default but putting it before n.
import asyncio


async def factorial(delay=0.01, n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        f *= i
    return f


asyncio.run(factorial(n=5))
