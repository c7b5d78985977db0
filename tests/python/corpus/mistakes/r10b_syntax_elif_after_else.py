# elif after else in a factorial check.
import asyncio

async def factorial(n):
    if n < 0:
        return None
    else:
        result = 1
    elif n == 0:
        return 1
    for i in range(1, n + 1):
        result *= i
    return result

asyncio.run(factorial(5))
