import asyncio


async def job():
    return 1


async def main():
    with asyncio.TaskGroup() as tg:
        tg.create_task(job())


asyncio.run(main())
