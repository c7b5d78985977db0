# A parameter with a default before one without, in an async def.
import asyncio

async def fetch(url, retries=3, timeout):
    await asyncio.sleep(timeout)
    return url

asyncio.run(fetch("x", 1, 0.1))
