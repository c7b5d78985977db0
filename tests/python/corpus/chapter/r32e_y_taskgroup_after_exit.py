# kept the TaskGroup around and tried to add a task after the with block
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def do_something():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(worker(1))
    print('first:', t.result())
    tg.create_task(worker(2))

asyncio.run(do_something())
