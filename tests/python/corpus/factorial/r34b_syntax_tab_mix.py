# Pasted from an editor that used a tab on one line and spaces on the next.
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
	    await asyncio.sleep(0.01)
        result *= i
    return result


asyncio.run(factorial(4))
