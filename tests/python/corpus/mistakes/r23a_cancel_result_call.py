import asyncio

async def job():
    await asyncio.sleep(1)
    return "value"

async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.sleep(0.01)
    print("cancelled:", task.cancelled())
    print("result:", task.result())

asyncio.run(main())
