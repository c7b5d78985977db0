# A child task is cancelled with a message and main awaits it without catching: what traceback shows
import asyncio


async def download(n):
    print(f"download {n} starting")
    await asyncio.sleep(1)
    print("never")


async def main():
    task = asyncio.create_task(download(7), name="dl-7")
    await asyncio.sleep(0.01)
    task.cancel("user pressed stop")
    await task


asyncio.run(main())
