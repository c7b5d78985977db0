# I wanted a countdown with asyncio but forgot the colon after while.
import asyncio

async def countdown(n):
    while n > 0
        print(n)
        await asyncio.sleep(0.01)
        n -= 1

asyncio.run(countdown(3))
