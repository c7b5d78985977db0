# Which tasks take a Task-N number: unnamed ones, and named ones made by asyncio.create_task or a TaskGroup.
import asyncio
async def j(): return asyncio.current_task().get_name()
async def main():
    loop = asyncio.get_running_loop()
    print(await loop.create_task(j(), name='x'), await loop.create_task(j()))
    print(await asyncio.create_task(j(), name='y'), await asyncio.create_task(j()))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(j(), name='z')
    b = asyncio.Task(j())
    print(a.result(), await b)
asyncio.run(main())
