import asyncio

async def job():
    await asyncio.sleep(1)

async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except Exception as e:
        print("caught:", type(e).__name__)
    print("main continues")

asyncio.run(main())
