# error raised in TaskGroup body itself while children run
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        await asyncio.sleep(0)
        raise ValueError("body error")

asyncio.run(main())
