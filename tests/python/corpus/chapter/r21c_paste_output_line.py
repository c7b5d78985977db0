# The printed output line pasted into the program.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

print(asyncio.run(worker()))
results from calls: [5, 3, 4]
