# A keyword-only parameter given positionally.
import asyncio

async def fetch(url, *, timeout):
    await asyncio.sleep(timeout)
    return url

asyncio.run(fetch("a.com", 0.1))
