# Creating a task on a TaskGroup after its block has ended.
import asyncio

async def job():
    await asyncio.sleep(0.1)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job())
    try:
        tg.create_task(job())
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(' ')[0:3])

asyncio.run(main())
