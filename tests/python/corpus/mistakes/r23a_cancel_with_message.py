import asyncio

async def job():
    await asyncio.sleep(1)

async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    task.cancel("user pressed stop")
    await task

asyncio.run(main())
