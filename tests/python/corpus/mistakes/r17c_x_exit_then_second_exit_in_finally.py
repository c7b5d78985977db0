# sys.exit(1) in a worker, and a second sys.exit(3) in another task's finally during the shutdown
import asyncio
import sys


async def worker():
    await asyncio.sleep(0.1)
    sys.exit(1)


async def cleaner():
    try:
        await asyncio.sleep(1)
    finally:
        print('cleaner exits too')
        sys.exit(3)


async def main():
    asyncio.create_task(cleaner())
    await worker()


asyncio.run(main())
