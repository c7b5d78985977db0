# the indentation here is non-breaking spaces from a web page
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

print(asyncio.run(worker()))
