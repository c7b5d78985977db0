# Cancelling a task and awaiting it without handling CancelledError.
import asyncio

async def download():
    print("downloading")
    await asyncio.sleep(0.2)
    print("downloaded")

async def main():
    t = asyncio.create_task(download())
    await asyncio.sleep(0.01)
    t.cancel()
    await t
    print("after await")

asyncio.run(main())
