# typed the example as in a notebook: await at the top level
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

result = await worker()
print(result)
