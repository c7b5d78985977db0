# Mistake: create_task outside any running loop.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    print('worker done')

task = asyncio.create_task(worker())
asyncio.run(task)
