# Twenty fetches fail in one TaskGroup: how the long ExceptionGroup is shown
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01)
    raise ConnectionError(f"host{i} unreachable")

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(20):
            tg.create_task(fetch(i))

asyncio.run(main())
