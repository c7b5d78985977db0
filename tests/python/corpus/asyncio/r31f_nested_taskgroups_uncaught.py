# Nested TaskGroups where both levels fail: the nested ExceptionGroup traceback
import asyncio

async def bad(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad("inner one", 0.01))
        tg.create_task(bad("inner two", 0.01))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner_group())
        tg.create_task(bad("outer", 0.02))

asyncio.run(main())
