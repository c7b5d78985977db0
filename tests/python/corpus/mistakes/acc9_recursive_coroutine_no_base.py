# A coroutine that awaits itself without stopping.
import asyncio

async def countdown(n):
    return await countdown(n - 1)

asyncio.run(countdown(3))
