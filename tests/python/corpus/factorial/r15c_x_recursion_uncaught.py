# a recursive factorial without a base case: the traceback's repeated lines
import asyncio

def fact(n):
    return n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.01)
    return fact(n)

asyncio.run(factorial(5))
