# Awaiting task.result() instead of the task.
import asyncio

async def answer():
    await asyncio.sleep(0.01)
    return 42

async def main():
    task = asyncio.create_task(answer())
    value = await task.result()
    print(value)

asyncio.run(main())
