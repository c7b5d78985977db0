# the section number came along when I copied from the book
import asyncio

34.6.1 Collating Results from Multiple Tasks

async def worker():
    await asyncio.sleep(0.01)
    return 1
