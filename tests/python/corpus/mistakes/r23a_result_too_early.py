import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return 42

async def main():
    task = asyncio.create_task(compute())
    print("task created")
    print("result:", task.result())

asyncio.run(main())
