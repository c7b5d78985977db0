import asyncio

async def task_ok():
    await asyncio.sleep(0.05)
    return "ok"

async def task_value():
    await asyncio.sleep(0.01)
    raise ValueError("bad value")

async def task_type():
    await asyncio.sleep(0.01)
    raise TypeError("bad type")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(task_ok())
        tg.create_task(task_value())
        tg.create_task(task_type())

asyncio.run(main())
