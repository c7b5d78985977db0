# return at module level after pasting.
import asyncio

async def worker():
    await asyncio.sleep(0.01)

asyncio.run(worker())
return 42
