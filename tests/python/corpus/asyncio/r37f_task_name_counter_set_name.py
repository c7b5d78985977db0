# Task names: default Task-N numbering across gather and create_task, set_name with non-strings
import asyncio

async def job():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task().get_name()
    names = await asyncio.gather(job(), job())
    t = asyncio.create_task(job())
    n = int(me.split("-")[1])
    print([int(x.split("-")[1]) - n for x in names + [await t]])
    t2 = asyncio.create_task(job(), name=42)
    print(repr(await t2))
    t3 = asyncio.create_task(job())
    t3.set_name(("a", 1))
    print(repr(await t3), repr(t3.get_name()))
    t4 = asyncio.create_task(job(), name=None)
    print(int((await t4).split("-")[1]) - n)

asyncio.run(main())
