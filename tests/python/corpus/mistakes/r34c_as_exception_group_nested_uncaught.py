# Nested TaskGroups where failures in both levels escape
import asyncio

async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("inner-a", 0.01))
        tg.create_task(fail("inner-b", 0.01))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner())
        tg.create_task(fail("outer", 0.2))

asyncio.run(main())
