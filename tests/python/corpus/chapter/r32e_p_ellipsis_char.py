# the book's … got into my code as a placeholder
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return …

print(asyncio.run(worker()))
