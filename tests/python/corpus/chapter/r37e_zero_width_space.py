# a zero-width space sneaked in after the await keyword from a web page
import asyncio

async def worker():
    await​ asyncio.sleep(0.01)
    return 42

print(asyncio.run(worker()))
