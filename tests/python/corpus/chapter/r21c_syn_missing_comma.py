# A missing comma between gather's arguments.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 1

async def main():
    print(await asyncio.gather(worker() worker()))

asyncio.run(main())
