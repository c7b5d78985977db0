# I copied the listing together with the sentence after it
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

When this program is executed the output is:

asyncio.run(worker())
