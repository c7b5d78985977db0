import asyncio

async def boom():
    raise ValueError("lost error")

async def main():
    task = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    del task
    print("deleted the task")
    await asyncio.sleep(0.01)
    print("end of main")

asyncio.run(main())
