# Awaiting the result of a task (an int) instead of the task
import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return 5

async def main():
    task = asyncio.create_task(compute())
    await task
    value = await task.result()
    print(value)

asyncio.run(main())
