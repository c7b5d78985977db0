# sys.exit in one task while another's finally block awaits its cleanup: the cleanup still finishes
import asyncio
import sys


async def saver():
    try:
        while True:
            await asyncio.sleep(0.1)
    finally:
        print('saving before exit...')
        await asyncio.sleep(0.2)
        print('saved')


async def checker():
    await asyncio.sleep(0.25)
    print('checker exits')
    sys.exit(6)


async def main():
    asyncio.create_task(saver())
    await checker()


asyncio.run(main())
