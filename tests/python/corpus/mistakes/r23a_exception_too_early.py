import asyncio

async def compute():
    await asyncio.sleep(0.01)
    raise ValueError("nope")

async def main():
    task = asyncio.create_task(compute())
    if task.exception():
        print("task failed")
    await task

asyncio.run(main())
