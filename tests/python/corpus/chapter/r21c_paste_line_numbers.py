# A line number pasted in front of a statement.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
12    return 42

print(asyncio.run(worker()))
