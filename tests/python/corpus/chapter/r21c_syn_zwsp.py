# A zero-width space pasted after a name.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

print(asyncio.run(worker​()))
