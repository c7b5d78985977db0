# set_result called on a task.
import asyncio

async def job():
    await asyncio.sleep(0.1)

async def main():
    t = asyncio.create_task(job())
    t.set_result(5)

asyncio.run(main())
