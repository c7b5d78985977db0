# tried yield from in an async def like the old generator coroutines
import asyncio

async def worker():
    yield from asyncio.sleep(0.01)
    return 42

print(asyncio.run(worker()))
