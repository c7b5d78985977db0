# async with asyncio.TaskGroup without calling it.
import asyncio

async def job():
    await asyncio.sleep(0.1)

async def main():
    async with asyncio.TaskGroup as tg:
        tg.create_task(job())

asyncio.run(main())
