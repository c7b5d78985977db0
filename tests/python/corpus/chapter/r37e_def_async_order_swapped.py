# wrote "def async" instead of "async def"
import asyncio

def async worker():
    await asyncio.sleep(0.01)
    return 42

asyncio.run(worker())
