# test_timeouts: an uncaught TimeoutError from asyncio.timeout shows the CancelledError it replaced
import asyncio

async def fetch():
    await asyncio.sleep(1)

async def main():
    async with asyncio.timeout(0.05):
        await fetch()

asyncio.run(main())
