import asyncio
import time

async def worker():
    print("worker: sleeping")
    await time.sleep(0.05)
    print("worker: awake")

asyncio.run(worker())
