import asyncio
from asyncio import sleep, gather, Taskgroup


async def main():
    async with Taskgroup() as tg:
        tg.create_task(sleep(0.01))


asyncio.run(main())
