# A parameter repeated with a default.
import asyncio

async def fetch(url, url=None):
    return url

asyncio.run(fetch("a"))
