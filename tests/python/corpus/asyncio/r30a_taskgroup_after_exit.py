# Adding a task to a TaskGroup that has already finished
import asyncio

async def hello():
    return "hi"

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(hello(), name="greeter")
    print(t.get_name(), t.result())
    tg.create_task(hello())

asyncio.run(main())
