# create_task called at module level with no running loop.
import asyncio

async def job():
    await asyncio.sleep(0.01)
    print("job done")

task = asyncio.create_task(job())
asyncio.run(task)
