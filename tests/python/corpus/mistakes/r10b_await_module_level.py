# await at the top level of the script.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

result = await worker()
print(result)
