# An error raised in a task, surfacing where the task is awaited.
import asyncio

async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)

async def main():
    task = asyncio.create_task(parse("4x"))
    print("task started")
    value = await task
    print(value)

asyncio.run(main())
