import asyncio

async def download():
    print("download started")
    await asyncio.sleep(1)
    print("download finished")

async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(0.01)
    task.cancel()
    await task
    print("after await")

asyncio.run(main())
