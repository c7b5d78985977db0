# The factorial's loop squeezed onto one line, an if after the for's colon.
import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1): if i > 1: result *= i
    await asyncio.sleep(0.01)
    return result

print(asyncio.run(factorial(5)))
