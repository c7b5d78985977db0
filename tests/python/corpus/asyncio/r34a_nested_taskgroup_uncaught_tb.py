# Nested TaskGroups with failures at two levels, left uncaught: the full ExceptionGroup traceback
import asyncio


async def leaf(name, delay):
    await asyncio.sleep(delay)
    raise RuntimeError(f"leaf {name} broke")


async def branch():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("x", 0.01))
        tg.create_task(leaf("y", 0.01))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(branch())
        tg.create_task(leaf("top", 0.1))


asyncio.run(main())
