# a zero-width space got pasted in the middle of a name
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

print(asyncio.run(wor​ker()))
