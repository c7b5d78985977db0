# Typo: "result =* i" instead of "result *= i".
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result =* i
    return result


asyncio.run(factorial(5))
