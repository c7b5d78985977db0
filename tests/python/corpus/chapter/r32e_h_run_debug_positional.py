# passed debug as a second positional argument to asyncio.run
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

print(asyncio.run(worker(), True))
