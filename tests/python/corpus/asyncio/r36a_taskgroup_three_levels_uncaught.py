# Three nested TaskGroups, the innermost child fails: the printed groups nest three deep
import asyncio


async def leaf(name):
    await asyncio.sleep(0.01)
    raise KeyError(name)


async def middle():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("deep"))
        tg.create_task(asyncio.sleep(1))


async def top():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(middle())


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(top())
        tg.create_task(asyncio.sleep(0.5))


asyncio.run(main())
