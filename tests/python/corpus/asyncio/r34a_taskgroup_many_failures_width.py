# Twenty children fail in one TaskGroup and the group goes uncaught: the traceback truncates the list
import asyncio


async def check(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"item {n} invalid")


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(20):
            tg.create_task(check(n))


asyncio.run(main())
