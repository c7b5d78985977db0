# a task's error raised from another one, inside a TaskGroup
import asyncio

async def load(name):
    await asyncio.sleep(0.01)
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise LookupError(f"unknown config {name}") from e

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(load("a"))
        tg.create_task(load("zz"))

asyncio.run(main())
