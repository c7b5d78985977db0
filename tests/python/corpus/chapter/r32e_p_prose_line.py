# copied one sentence of the book too many
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

When this program is executed the output is:

print(asyncio.run(worker()))
