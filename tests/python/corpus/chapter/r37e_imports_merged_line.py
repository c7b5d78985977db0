# the two import lines got merged into one when I pasted
import asyncioimport random

async def worker():
    await asyncio.sleep(0.01)
    return random.randint(1, 10)

print(asyncio.run(worker()))
