# A created task with a typo that nobody awaits.
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return reslt

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    print('main done')

asyncio.run(main())
