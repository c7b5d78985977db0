# sys.exit() inside a task ends asyncio.run with that exit status
import asyncio
import sys

async def watchdog():
    await asyncio.sleep(0.05)
    print('watchdog: giving up')
    sys.exit(4)

async def main():
    asyncio.create_task(watchdog())
    try:
        await asyncio.sleep(1)
    finally:
        print('main cleanup')

asyncio.run(main())
print('not reached')
