# A positional argument after a keyword one in a call: SyntaxError
import asyncio


async def factorial(n, delay):
    await asyncio.sleep(delay)
    return n


print(asyncio.run(factorial(delay=0.1, 5)))
