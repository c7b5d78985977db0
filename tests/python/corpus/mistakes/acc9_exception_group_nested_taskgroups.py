# TaskGroups nested two deep, the inner one failing.
import asyncio

async def fail(n):
    await asyncio.sleep(0.1)
    raise ValueError(f"bad {n}")

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner())

asyncio.run(main())
