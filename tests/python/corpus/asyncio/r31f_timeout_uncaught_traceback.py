# asyncio.timeout() expires and nobody catches it: the traceback chains CancelledError
import asyncio

async def fetch():
    await asyncio.sleep(1)

async def main():
    async with asyncio.timeout(0.02):
        await fetch()

asyncio.run(main())
