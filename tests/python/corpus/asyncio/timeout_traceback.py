# An uncaught TimeoutError from asyncio.timeout: the traceback chains the CancelledError (library frames removed).
import asyncio

async def fetch():
    await asyncio.sleep(1)

async def main():
    print('fetching with a 0.05 s timeout')
    async with asyncio.timeout(0.05):
        await fetch()

asyncio.run(main())
