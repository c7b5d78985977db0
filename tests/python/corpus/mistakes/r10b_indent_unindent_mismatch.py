# A line indented by 3 spaces after a 4-space block.
import asyncio

async def worker():
    if True:
        await asyncio.sleep(0.01)
   return 42

asyncio.run(worker())
