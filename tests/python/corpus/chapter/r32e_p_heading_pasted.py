# the section heading came along when I copied the listing
34.4.1 Using Async and Await
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42
