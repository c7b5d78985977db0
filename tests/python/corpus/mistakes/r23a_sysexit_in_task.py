import asyncio
import sys

async def watchdog():
    await asyncio.sleep(0.01)
    print("watchdog: fatal condition, exiting")
    sys.exit(3)

async def main():
    asyncio.create_task(watchdog())
    await asyncio.sleep(0.5)
    print("main finished normally")

asyncio.run(main())
