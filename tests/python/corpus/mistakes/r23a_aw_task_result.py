import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return 99

async def main():
    task = asyncio.create_task(compute())
    await task
    value = await task.result()
    print(value)

asyncio.run(main())
