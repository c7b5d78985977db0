# Python 3.11's asyncio.timeout(): a block that is cancelled when its time is up.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.25):
            await asyncio.sleep(0.1)
            print('first sleep finished in time')
            await asyncio.sleep(1)
            print('not reached')
    except TimeoutError:
        print('TimeoutError caught')
    async with asyncio.timeout(None) as cm:
        print('no deadline:', cm.when())
        cm.reschedule(loop.time() + 0.2)
        try:
            await asyncio.sleep(0.05)
        finally:
            print('rescheduled block ran')
    print('expired:', cm.expired())

asyncio.run(main())
