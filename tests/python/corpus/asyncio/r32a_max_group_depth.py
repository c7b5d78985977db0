# TaskGroups nested 12 deep, the innermost fails: the printed group depth limit
import asyncio

async def level(n):
    if n == 0:
        raise OSError("at the bottom")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(level(n - 1))

asyncio.run(level(12))
