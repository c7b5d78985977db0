# Coming from another language: "else if" instead of elif.
import asyncio


async def factorial(n):
    if n < 0:
        raise ValueError("negative")
    else if n == 0:
        return 1
    await asyncio.sleep(0.01)
    return n * await factorial(n - 1)


asyncio.run(factorial(3))
