# a TaskGroup inside a TaskGroup, both failing, traceback left to crash
import asyncio

async def bad(msg, delay):
    await asyncio.sleep(delay)
    raise OSError(msg)

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad('inner one', 0.01))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner())
        tg.create_task(bad('outer one', 0.2))

asyncio.run(main())
