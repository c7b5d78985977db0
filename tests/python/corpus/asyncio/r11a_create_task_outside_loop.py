import asyncio


async def job():
    await asyncio.sleep(0.01)
    return "done"


task = asyncio.create_task(job())
asyncio.run(task)
