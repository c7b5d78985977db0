# Awaiting the result after the task finished: awaiting an int.
import asyncio

async def answer():
    await asyncio.sleep(0.01)
    return 42

async def main():
    task = asyncio.create_task(answer())
    await task
    print(task.result())
    print(await task.result())

asyncio.run(main())
