# A function signature with a default parameter before a required one.
import asyncio

async def fetch(url, retries=3, timeout):
    await asyncio.sleep(0.01)
    return url, retries, timeout

print(asyncio.run(fetch("x", 1, 2)))
