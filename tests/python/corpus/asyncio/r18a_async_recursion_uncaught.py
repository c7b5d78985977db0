# an async recursion without a base case, uncaught: the repeated-lines traceback
import asyncio

async def countdown(n):
    if n % 100 == 0:
        await asyncio.sleep(0)
    return await countdown(n - 1)

asyncio.run(countdown(10))
