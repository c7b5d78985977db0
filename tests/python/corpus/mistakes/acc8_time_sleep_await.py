# await time.sleep(...) : awaiting None.
import asyncio
import time

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await time.sleep(0.01)
        r *= i
    return r

asyncio.run(factorial(3))
