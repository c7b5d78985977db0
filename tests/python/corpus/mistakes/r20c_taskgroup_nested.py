# nested TaskGroups: nested ExceptionGroup in traceback
import asyncio

async def leaf(name):
    await asyncio.sleep(0)
    raise RuntimeError(f"leaf {name} broke")

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("a"))
        tg.create_task(leaf("b"))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner())
        tg.create_task(leaf("c"))

asyncio.run(main())
