# A non-breaking space in the indentation of a pasted line.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

print(asyncio.run(worker()))
