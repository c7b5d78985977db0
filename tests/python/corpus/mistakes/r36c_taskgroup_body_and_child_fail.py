# the TaskGroup body itself fails while a child task is also failing
import asyncio

async def child():
    await asyncio.sleep(0.01)
    raise ValueError("child broke")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        await asyncio.sleep(0.05)
        raise KeyError("body broke")

asyncio.run(main())
