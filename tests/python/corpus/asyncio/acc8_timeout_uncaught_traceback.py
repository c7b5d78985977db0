# A TimeoutError from asyncio.timeout left uncaught: the traceback chains it from the CancelledError.
import asyncio

async def fetch():
    await asyncio.sleep(1)

async def main():
    async with asyncio.timeout(0.01):
        await fetch()

asyncio.run(main())
