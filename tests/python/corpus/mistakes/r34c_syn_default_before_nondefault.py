# A worker signature with a default argument before a required one
import asyncio

async def worker(name="w", delay):
    await asyncio.sleep(delay)
    return name

print(asyncio.run(worker("a", 0.01)))
