# The base case written with a single = in the if.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    if n = 0:
        return 1
    return n * await factorial(n - 1)


print(asyncio.run(factorial(5)))
