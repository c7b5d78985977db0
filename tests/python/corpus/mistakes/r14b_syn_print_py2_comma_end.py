# Mistake: Python 2's print with a trailing comma to stay on the line.
import asyncio


async def countdown(n):
    while n > 0:
        print n,
        await asyncio.sleep(0.01)
        n -= 1


asyncio.run(countdown(3))
