# using get_event_loop at module level like old tutorials
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

loop = asyncio.get_event_loop()
print(type(loop).__name__)
print(loop.run_until_complete(worker()))
loop.close()
