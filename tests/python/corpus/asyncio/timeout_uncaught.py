# An uncaught TimeoutError from asyncio.timeout(): raised from the CancelledError that interrupted the block.
import asyncio

async def fetch():
    await asyncio.sleep(1)

async def main():
    async with asyncio.timeout(0.1):
        print('fetching')
        await fetch()
    print('not reached')

asyncio.run(main())
