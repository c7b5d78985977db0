# create_task on a TaskGroup never entered.
import asyncio

async def job():
    await asyncio.sleep(0.1)

async def main():
    tg = asyncio.TaskGroup()
    tg.create_task(job())

asyncio.run(main())
