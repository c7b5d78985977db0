# the indentation came from the web page as non-breaking spaces
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

print(asyncio.run(worker()))
