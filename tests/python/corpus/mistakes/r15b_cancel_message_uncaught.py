# Mistake: awaiting a task cancelled with a message: the CancelledError carries it to the top.
import asyncio

async def download():
    await asyncio.sleep(1)
    return "file"

async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(0.01)
    task.cancel("took too long")
    print("cancel requested")
    print(await task)

asyncio.run(main())
