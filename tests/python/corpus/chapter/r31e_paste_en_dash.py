# the book's minus sign came out as an en dash when I pasted
import asyncio
import random

async def worker():
    await asyncio.sleep(0.01)
    return random.randint(1, 10) – 1

asyncio.run(worker())
