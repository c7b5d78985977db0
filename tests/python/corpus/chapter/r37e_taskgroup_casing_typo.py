# typed asyncio.Taskgroup with a small g
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    async with asyncio.Taskgroup() as tg:
        tg.create_task(worker(1))

asyncio.run(main())
