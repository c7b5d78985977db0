# A coroutine raising KeyboardInterrupt to stop asyncio.run.
import asyncio

async def watcher():
    for i in range(3):
        await asyncio.sleep(0.01)
        print("watching", i)
    raise KeyboardInterrupt

async def main():
    await watcher()

asyncio.run(main())
