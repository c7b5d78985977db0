# A parameter with a default before one without: SyntaxError non-default argument follows default
import asyncio


async def factorial(delay=0.1, n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        f *= i
    return f

print(asyncio.run(factorial(n=4)))
